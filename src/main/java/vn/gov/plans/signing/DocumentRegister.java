package vn.gov.plans.signing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One register per issuer, document type and year: numbers start at 1 on 1 January and never repeat
 * within the year. The next number is taken with a row lock ({@code update ... set last_number =
 * last_number + 1}) in the caller's transaction, so concurrent signings get distinct numbers and a
 * rolled-back signing gives its number back.
 */
@Component
public class DocumentRegister {

  private final JdbcClient jdbc;
  private final TransactionTemplate separateTransaction;

  DocumentRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Takes the next number of the register; call inside the transaction that uses it. */
  public int next(String issuer, String documentType, int year) {
    ensureExists(issuer, documentType, year);
    jdbc.sql("""
            update document_register set last_number = last_number + 1
            where issuer = ? and document_type = ? and register_year = ?""")
        .params(issuer, documentType, year)
        .update();
    return current(issuer, documentType, year);
  }

  /** Records a number given outside the register (a plan signed on paper) and moves the register past it. */
  public void recordIssued(String issuer, String documentType, int year, int number) {
    ensureExists(issuer, documentType, year);
    jdbc.sql("""
            update document_register set last_number = greatest(last_number, ?)
            where issuer = ? and document_type = ? and register_year = ?""")
        .params(number, issuer, documentType, year)
        .update();
  }

  /** Whether a number of the register is used by a document already. */
  public boolean isTaken(String issuer, String documentType, int year, int number) {
    return jdbc.sql("""
            select count(*) from document_number
            where issuer = ? and document_type = ? and register_year = ? and number_value = ?""")
        .params(issuer, documentType, year, number)
        .query(Integer.class)
        .single() > 0;
  }

  /** Marks the number as used (by a plan, or null for another document); fails with a duplicate key if used already. */
  public void use(String issuer, String documentType, int year, int number, String symbol, Long planId) {
    jdbc.sql("""
            insert into document_number (issuer, document_type, register_year, number_value, symbol, plan_id)
            values (?, ?, ?, ?, ?, ?)""")
        .params(issuer, documentType, year, number, symbol, planId)
        .update();
  }

  private int current(String issuer, String documentType, int year) {
    return jdbc.sql("""
            select last_number from document_register
            where issuer = ? and document_type = ? and register_year = ?""")
        .params(issuer, documentType, year)
        .query(Integer.class)
        .single();
  }

  /** Creates the register row in a transaction of its own, so that a concurrent creation is harmless. */
  private void ensureExists(String issuer, String documentType, int year) {
    boolean exists = jdbc.sql("""
            select count(*) from document_register
            where issuer = ? and document_type = ? and register_year = ?""")
        .params(issuer, documentType, year)
        .query(Integer.class)
        .single() > 0;
    if (exists) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.sql("""
              insert into document_register (issuer, document_type, register_year, last_number)
              values (?, ?, ?, 0)""")
          .params(issuer, documentType, year)
          .update());
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another signing created the register first: use it.
    }
  }
}
