using SciMuseum.Core.Common;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Surveys;

/// <summary>
/// Satisfaction for indicators and the report: an area's index (the argument names the area: halls, youth,
/// counseling…) and its responses; responses without an argument count every area.
/// </summary>
public sealed class SurveysMetricProvider(MuseumDb db) : IMetricProvider
{
    private const string Module = "surveys";
    private const string AreaArgument = "服务区域代码（halls 展厅、youth 青少年课外活动中心、counseling 心理辅导中心…）";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new("surveys.satisfaction", "满意度指数", "Satisfaction index", MetricUnits.Points, Module, AreaArgument),
        new("surveys.responses", "满意度调查答卷数", "Satisfaction survey responses", MetricUnits.Count, Module, AreaArgument),
    ];

    public async Task<MetricValue?> ComputeAsync(string key, string? argument, MetricPeriod period, CancellationToken ct = default)
    {
        var area = string.IsNullOrWhiteSpace(argument) ? null : argument.Trim();
        if (key == "surveys.satisfaction" && area is null) return null;
        var results = await SurveyResults.AreasAsync(db, period, area, ct);
        var responses = results.Sum(r => r.Responses);
        if (responses == 0) return null;
        var link = area is null ? $"/staff/surveys/results?year={period.From.Year}" : $"/staff/surveys/results?year={period.From.Year}&area={Uri.EscapeDataString(area)}";
        var basis = string.Join("；", results.Select(r =>
            $"{r.Name} {period.From:yyyy-MM-dd}–{period.To:yyyy-MM-dd}：答卷 {Formats.Count(r.Responses)} 份，满意度指数 {Formats.Score(r.Index)}（{r.Grade}）"));
        return key switch
        {
            "surveys.satisfaction" => results.FirstOrDefault()?.Index is { } index ? new(index, link, basis) : null,
            "surveys.responses" => new(responses, link, basis),
            _ => null,
        };
    }
}
