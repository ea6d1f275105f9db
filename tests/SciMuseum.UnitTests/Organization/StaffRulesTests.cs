using SciMuseum.Core.Organization;

namespace SciMuseum.UnitTests.Organization;

public sealed class StaffRulesTests
{
    private static readonly DateOnly Day = new(2020, 12, 31);

    private static StaffMember Member(Employment employment, int startOffset, int? endOffset = null, int? retireOffset = null) => new()
    {
        Employment = employment,
        StartDate = Day.AddDays(startOffset),
        EndDate = endOffset is { } e ? Day.AddDays(e) : null,
        RetirementDate = retireOffset is { } r ? Day.AddDays(r) : null,
    };

    // Offsets in days from the day asked about: 0 means "on that very day".
    public static TheoryData<Employment, int, int?, int?, StaffStatus> Cases => new()
    {
        { Employment.Establishment, 0, null, null, StaffStatus.InPost },          // starts today: in post today
        { Employment.Establishment, 1, null, null, StaffStatus.NotYetStarted },   // starts tomorrow
        { Employment.Establishment, -100, 0, null, StaffStatus.Left },            // leaves today: gone today
        { Employment.Establishment, -100, 1, null, StaffStatus.InPost },          // leaves tomorrow: still here
        { Employment.Establishment, -100, null, 0, StaffStatus.Retired },         // retires today
        { Employment.Establishment, -100, null, 1, StaffStatus.InPost },          // retires tomorrow
        { Employment.Establishment, -100, -5, -10, StaffStatus.Retired },         // retired, later left the books: still a retiree
        { Employment.Establishment, -100, -10, -5, StaffStatus.Retired },
        { Employment.Establishment, 1, null, 0, StaffStatus.NotYetStarted },      // not started wins over any date after it
        { Employment.Contract, 0, null, null, StaffStatus.Contract },
        { Employment.Contract, 1, null, null, StaffStatus.NotYetStarted },
        { Employment.Contract, -100, 0, null, StaffStatus.Left },
        { Employment.Contract, -100, 1, null, StaffStatus.Contract },
        { Employment.Contract, -100, null, -1, StaffStatus.Contract },            // contract staff do not retire from the establishment
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void StatusOn_decides_by_the_dates_with_each_boundary_day_included(
        Employment employment, int start, int? end, int? retire, StaffStatus expected) =>
        Assert.Equal(expected, StaffRules.StatusOn(Member(employment, start, end, retire), Day));

    [Fact]
    public void The_counting_filter_agrees_with_StatusOn_for_every_combination_of_dates()
    {
        int?[] offsets = [null, -2, -1, 0, 1, 2];
        var staff = (from employment in Enum.GetValues<Employment>()
                     from start in new[] { -2, -1, 0, 1, 2 }
                     from end in offsets
                     from retire in offsets
                     select Member(employment, start, end, retire)).ToList();

        foreach (var status in Enum.GetValues<StaffStatus>())
        {
            var counted = staff.AsQueryable().WithStatus(status, Day).ToHashSet();
            foreach (var member in staff)
                Assert.True(counted.Contains(member) == (StaffRules.StatusOn(member, Day) == status),
                    $"{member.Employment} start {member.StartDate} end {member.EndDate} retire {member.RetirementDate}: "
                    + $"StatusOn says {StaffRules.StatusOn(member, Day)}, the filter for {status} says {counted.Contains(member)}");
        }
    }

    [Theory]
    [InlineData(StaffStatus.InPost, "在编在职")]
    [InlineData(StaffStatus.Retired, "退休")]
    [InlineData(StaffStatus.Contract, "政府购岗")]
    public void Statuses_read_in_Chinese_for_a_Chinese_UI(StaffStatus status, string label)
    {
        using var _ = UiCulture.Use("zh-CN");
        Assert.Equal(label, StaffRules.Label(status));
    }
}
