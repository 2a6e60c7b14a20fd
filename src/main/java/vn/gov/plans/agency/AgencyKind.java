package vn.gov.plans.agency;

/** What sort of body an agency is; plans address recipients by kind ("các Sở", "UBND các xã"). */
public enum AgencyKind {
  PEOPLES_COMMITTEE("Ủy ban nhân dân"),
  DEPARTMENT("Sở, ban, ngành"),
  PARTY_COMMITTEE("Cấp ủy Đảng"),
  PARTY_BOARD("Ban của cấp ủy"),
  COMMUNE("Xã"),
  WARD("Phường"),
  PRESS_AGENCY("Cơ quan báo chí"),
  UNIVERSITY("Trường đại học"),
  RESEARCH_INSTITUTE("Viện nghiên cứu"),
  SCHOOL("Trường học"),
  MASS_ORGANIZATION("Tổ chức chính trị - xã hội"),
  CENTRAL_AGENCY("Cơ quan Trung ương trên địa bàn"),
  OFFICE("Văn phòng"),
  OTHER("Khác");

  private final String label;

  AgencyKind(String label) {
    this.label = label;
  }

  /** Vietnamese name of the kind. */
  public String label() {
    return label;
  }
}
