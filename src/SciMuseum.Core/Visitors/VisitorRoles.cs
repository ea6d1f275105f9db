using static SciMuseum.Core.Identity.Roles;

namespace SciMuseum.Core.Visitors;

/// <summary>Who may do what with visits. Personal data (names, masked IDs, phones) only for the first three groups.</summary>
public static class VisitorRoles
{
    /// <summary>At the gate: scan tickets, register walk-ins, see occupancy and the day's visitors.</summary>
    public const string Gate = SystemAdmin + "," + MuseumLeader + "," + ExhibitionEducation + "," + GateStaff;

    /// <summary>Keep the opening calendar, slots, rules and notices; decide on group requests.</summary>
    public const string Managers = SystemAdmin + "," + MuseumLeader + "," + ExhibitionEducation + "," + Office;

    /// <summary>See visitors' personal data.</summary>
    public const string PersonalData = Managers + "," + GateStaff;

    /// <summary>See visitor figures (no personal data).</summary>
    public const string StatisticsReaders = PersonalData + "," + PlanningFinance + "," + FinanceLead + "," + Auditor + "," + ProvinceViewer;
}
