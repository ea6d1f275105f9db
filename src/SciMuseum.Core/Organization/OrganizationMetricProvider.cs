using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;

namespace SciMuseum.Core.Organization;

/// <summary>The organisation module's figures for indicators, read through <see cref="OrganizationMetrics"/> as of the period's last day.</summary>
public sealed class OrganizationMetricProvider(OrganizationMetrics organization) : IMetricProvider
{
    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("organization.staffControlRate", "在职人员控制率（在编在职÷核定编制）", "Staff control rate (in post ÷ authorised)", MetricUnits.Percent, "organization"),
        new("organization.staffInPost", "在编在职人数", "Staff in post", MetricUnits.People, "organization"),
        new("organization.authorizedPosts", "核定编制人数", "Authorised posts", MetricUnits.People, "organization"),
        new("organization.retired", "退休人员", "Retired staff", MetricUnits.People, "organization"),
        new("organization.contractPosts", "政府购岗人员", "Government-purchased posts", MetricUnits.People, "organization"),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var h = await organization.HeadcountAsync(period.To, ct);
        var link = $"/staff/organization/staff?date={period.To:yyyy-MM-dd}";
        var basis = $"{period.To:yyyy-MM-dd} 在编在职 {h.StaffInPost} 人，核定编制 {h.AuthorizedPosts} 人";
        return key switch
        {
            "organization.staffControlRate" => Money.Percent(h.StaffInPost, h.AuthorizedPosts, 2) is { } rate ? new(rate, link, basis) : null,
            "organization.staffInPost" => new(h.StaffInPost, link, basis),
            "organization.authorizedPosts" => new(h.AuthorizedPosts, link, basis),
            "organization.retired" => new(h.Retired, link, $"{period.To:yyyy-MM-dd} 退休人员 {h.Retired} 人"),
            "organization.contractPosts" => new(h.ContractPosts, link, $"{period.To:yyyy-MM-dd} 政府购岗 {h.ContractPosts} 人"),
            _ => null,
        };
    }
}
