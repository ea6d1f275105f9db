using SciMuseum.Core.Common;

namespace SciMuseum.Core.Organization;

public enum StaffStatus
{
    InPost,
    Contract,
    Retired,
    Left,
    NotYetStarted,
}

/// <summary>
/// What "in post", "retired" and "contract" mean on a date: the one definition, as SQL filters for counting and
/// as a function for showing a row. Headcount and the staff list both use it.
/// </summary>
public static class StaffRules
{
    public static StaffStatus StatusOn(StaffMember s, DateOnly date) =>
        s.StartDate > date ? StaffStatus.NotYetStarted
        : s.Employment == Employment.Establishment && s.RetirementDate <= date ? StaffStatus.Retired
        : s.EndDate <= date ? StaffStatus.Left
        : s.Employment == Employment.Contract ? StaffStatus.Contract
        : StaffStatus.InPost;

    public static IQueryable<StaffMember> WithStatus(this IQueryable<StaffMember> staff, StaffStatus status, DateOnly date) => status switch
    {
        StaffStatus.NotYetStarted => staff.Where(s => s.StartDate > date),
        StaffStatus.Retired => staff.Where(s => s.StartDate <= date && s.Employment == Employment.Establishment
            && s.RetirementDate != null && s.RetirementDate <= date),
        StaffStatus.Left => staff.Where(s => s.StartDate <= date && s.EndDate != null && s.EndDate <= date
            && !(s.Employment == Employment.Establishment && s.RetirementDate != null && s.RetirementDate <= date)),
        StaffStatus.Contract => staff.Where(s => s.StartDate <= date && s.Employment == Employment.Contract
            && (s.EndDate == null || s.EndDate > date)),
        _ => staff.Where(s => s.StartDate <= date && s.Employment == Employment.Establishment
            && (s.EndDate == null || s.EndDate > date) && (s.RetirementDate == null || s.RetirementDate > date)),
    };

    public static string Label(StaffStatus status) => status switch
    {
        StaffStatus.InPost => Bilingual.L("在编在职", "In post"),
        StaffStatus.Contract => Bilingual.L("政府购岗", "Contract"),
        StaffStatus.Retired => Bilingual.L("退休", "Retired"),
        StaffStatus.Left => Bilingual.L("已离职", "Left"),
        _ => Bilingual.L("未入职", "Not yet started"),
    };
}
