namespace SciMuseum.Core.Counseling;

/// <summary>The associated data each sealed field is bound to: its record and its field, so a sealed value opens only where it was written.</summary>
public static class CaseSeal
{
    public static string Case(Guid id, string field) => $"case.{field}:{id}";
    public static string Entry(Guid id) => $"entry.text:{id}";
    public static string HandOver(Guid id) => $"handover.reason:{id}";

    public const string MinorName = "minorName";
    public const string Age = "age";
    public const string School = "school";
    public const string GuardianName = "guardianName";
    public const string GuardianRelation = "guardianRelation";
    public const string GuardianPhone = "guardianPhone";
    public const string PresentingProblem = "presentingProblem";
    public const string Referral = "referral";
    public const string ClosingSummary = "closingSummary";
}
