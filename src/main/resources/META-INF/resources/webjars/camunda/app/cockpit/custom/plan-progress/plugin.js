/*
 * Cockpit plugins of the plan tracker (ES module, loaded through customScripts in ../../scripts/config.js):
 * a dashboard section listing the plans of the supervisor's provinces with their overdue work, and a
 * plan page (#/tien-do-ke-hoach?id=N) with the tasks per agency, each reporting period's reports per
 * agency, the targets and the implementing plans, overdue and missing agencies first, each linked to
 * its process instance. Data from the project's API (/api/plans, /api/plans/{id}/progress), which
 * accepts the Cockpit session for reading.
 */

const TASK_STATUSES = [
  ['OVERDUE', 'Đang thực hiện quá hạn'],
  ['IN_PROGRESS', 'Đang thực hiện trong hạn'],
  ['DONE_LATE', 'Hoàn thành quá hạn'],
  ['DONE_ON_TIME', 'Hoàn thành đúng hạn'],
  ['NO_DEADLINE', 'Không hạn']
];
const REPORT_STATUSES = {
  MISSING: 'Chưa gửi, đã quá hạn',
  LATE: 'Quá hạn',
  ON_TIME: 'Đúng hạn',
  PENDING: 'Chưa gửi, còn hạn'
};
const PLAN_STATUSES = {
  MISSING: 'Chưa ban hành, đã quá hạn',
  ISSUED_LATE: 'Đã ban hành quá hạn',
  ISSUED_ON_TIME: 'Đã ban hành đúng hạn',
  NOT_YET_DUE: 'Chưa ban hành, còn hạn'
};
const LATE = new Set(['OVERDUE', 'MISSING', 'LATE', 'ISSUED_LATE']);
const ROUTE = '/tien-do-ke-hoach';

function api(path) {
  return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(response => {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  });
}

function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function date(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function cell(text, status) {
  const style = status && LATE.has(status) ? ' style="color:#c62828;font-weight:bold"' : '';
  return `<td${style}>${escape(text)}</td>`;
}

function instanceLink(id, text) {
  return id ? `<a href="#/process-instance/${encodeURIComponent(id)}/runtime">${escape(text)}</a>` : escape(text);
}

function table(headers, rows) {
  return `<table class="table table-condensed table-striped cam-table"><thead><tr>${headers
    .map(h => `<th>${escape(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('') || `<tr><td colspan="${headers.length}">Chưa có dữ liệu.</td></tr>`}</tbody></table>`;
}

async function renderDashboard(node) {
  node.innerHTML = '<p>Đang tải tiến độ các kế hoạch…</p>';
  try {
    const plans = await api('/api/plans');
    const rows = await Promise.all(
      plans.map(async plan => {
        const progress = await api(`/api/plans/${plan.id}/progress`);
        const missing = progress.periods.reduce((n, p) => n + (p.counts.MISSING || 0), 0);
        return { plan, overdue: progress.tasks.OVERDUE || 0, missing, plansMissing: progress.implementingPlans.counts.MISSING || 0 };
      })
    );
    rows.sort((a, b) => b.overdue + b.missing + b.plansMissing - (a.overdue + a.missing + a.plansMissing));
    node.innerHTML = `<section class="plan-progress-dashboard"><h3>Tiến độ thực hiện kế hoạch</h3>${table(
      ['Kế hoạch', 'Tên kế hoạch', 'Giai đoạn', 'Nhiệm vụ quá hạn', 'Báo cáo chưa gửi (quá hạn)', 'Kế hoạch thực hiện chưa ban hành (quá hạn)'],
      rows.map(
        r => `<tr><td><a href="#${ROUTE}?id=${r.plan.id}">${escape(r.plan.symbol || 'Dự thảo')}</a></td>${cell(r.plan.title)}${cell(
          r.plan.stageLabel
        )}${cell(r.overdue, r.overdue ? 'OVERDUE' : '')}${cell(r.missing, r.missing ? 'MISSING' : '')}${cell(
          r.plansMissing,
          r.plansMissing ? 'MISSING' : ''
        )}</tr>`
      )
    )}</section>`;
  } catch (error) {
    node.innerHTML = `<p>Không tải được tiến độ kế hoạch (${escape(error.message)}).</p>`;
  }
}

async function renderPlan(node) {
  const id = new URLSearchParams(window.location.hash.split('?')[1] || '').get('id');
  node.innerHTML = '<p>Đang tải…</p>';
  try {
    const p = await api(`/api/plans/${encodeURIComponent(id)}/progress`);
    const taskRows = p.agencies.map(
      a => `<tr>${cell(a.name, (a.tasks.OVERDUE || 0) > 0 ? 'OVERDUE' : '')}${TASK_STATUSES.map(([key]) =>
        cell(a.tasks[key] || 0, key === 'OVERDUE' && a.tasks[key] ? key : '')
      ).join('')}<td>${instanceLink(p.processInstanceId, 'Xem quy trình')}</td></tr>`
    );
    const periodSections = p.periods.map(
      period => `<h4>${escape(period.name)} – ${escape(period.label)} (hạn ${date(period.dueDate)})</h4>${table(
        ['Đơn vị', 'Tình trạng', 'Hạn', 'Ngày gửi', ''],
        period.agencies.map(
          r => `<tr>${cell(r.name, r.status)}${cell(REPORT_STATUSES[r.status], r.status)}${cell(date(r.dueDate))}${cell(
            date(r.submittedOn)
          )}<td>${r.submittedOn ? '' : instanceLink(r.processInstanceId, 'Xem quy trình')}</td></tr>`
        )
      )}`
    );
    const targetRows = p.targets.map(
      t => `<tr>${cell(t.year)}${cell(t.description)}${cell(`${t.comparison === 'AT_MOST' ? '≤' : t.comparison === 'EXACTLY' ? '=' : '≥'} ${t.threshold} ${t.unit}`)}${cell(
        t.latestValue == null ? 'Chưa có số liệu' : `${t.latestValue} ${t.unit}`
      )}${cell(t.reached == null ? '' : t.reached ? 'Đạt' : 'Chưa đạt', t.reached === false ? 'MISSING' : '')}</tr>`
    );
    const recipientRows = p.implementingPlans.recipients.map(
      r => `<tr>${cell(r.name, r.status)}${cell(PLAN_STATUSES[r.status], r.status)}${cell(date(r.deadline))}${cell(r.symbol)}${cell(
        date(r.issuedDate)
      )}</tr>`
    );
    node.innerHTML = `<div class="plan-progress" style="padding:15px">
      <h2>${escape(p.symbol || 'Dự thảo')} – ${escape(p.title)}</h2>
      <p><a href="/api/plans/${p.planId}/progress.xlsx">Tải bảng tiến độ (.xlsx)</a></p>
      <h3>Nhiệm vụ theo đơn vị chủ trì</h3>${table(['Đơn vị', ...TASK_STATUSES.map(([, label]) => label), ''], taskRows)}
      <h3>Báo cáo định kỳ</h3>${periodSections.join('') || '<p>Chưa có kỳ báo cáo.</p>'}
      <h3>Chỉ tiêu</h3>${table(['Năm', 'Chỉ tiêu', 'Mức phải đạt', 'Giá trị mới nhất', 'Đánh giá'], targetRows)}
      <h3>Kế hoạch thực hiện của các đơn vị</h3>${table(['Đơn vị', 'Tình trạng', 'Hạn', 'Số, ký hiệu', 'Ngày ban hành'], recipientRows)}
    </div>`;
  } catch (error) {
    node.innerHTML = `<p>Không tải được tiến độ kế hoạch ${escape(id)} (${escape(error.message)}).</p>`;
  }
}

export default [
  {
    id: 'planProgressDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => {
      renderDashboard(node);
    }
  },
  {
    id: 'planProgressPage',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: 'Tiến độ kế hoạch' },
    render: node => {
      renderPlan(node);
    }
  }
];
