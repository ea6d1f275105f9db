using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Performance;

/// <summary>
/// Runs an evaluation: fetches every bound actual through the <see cref="MetricRegistry"/>, adds the evaluators'
/// manual values and judgements, and scores the table with <see cref="Scorer"/>. A signed-off evaluation answers
/// from what was frozen at sign-off.
/// </summary>
public sealed class EvaluationRunner(MuseumDb db, MetricRegistry metrics)
{
    public async Task<EvaluationResult> ResultAsync(Evaluation e, CancellationToken ct = default) =>
        e.Status == EvaluationStatus.SignedOff && e.SignedOffResult is { } frozen
            ? JsonSerializer.Deserialize<EvaluationResult>(frozen, RuleJson.Options)!
            : await LiveAsync(e, ct);

    public async Task<EvaluationResult> LiveAsync(Evaluation e, CancellationToken ct = default)
    {
        var table = await db.ScoringTables.AsNoTracking().FirstAsync(t => t.Id == e.TableId, ct);
        var rows = await db.ScoringIndicators.AsNoTracking().Where(i => i.TableId == e.TableId).OrderBy(i => i.SortOrder).ToListAsync(ct);
        var inputs = await db.EvaluationInputs.AsNoTracking().Where(i => i.EvaluationId == e.Id).ToDictionaryAsync(i => i.IndicatorId, ct);
        var judgements = (await db.Judgements.AsNoTracking().Where(j => j.EvaluationId == e.Id).OrderBy(j => j.CreatedAt).ToListAsync(ct))
            .ToLookup(j => j.IndicatorId);
        var parents = rows.Where(r => r.ParentId is not null).Select(r => r.ParentId!.Value).ToHashSet();
        var period = new MetricPeriod(e.PeriodFrom, e.PeriodTo);

        var computed = new Dictionary<(string, string?, MetricPeriod), (MetricValue? Value, string? Refusal)>();
        var actuals = new Dictionary<Guid, IndicatorActual>();
        var sources = new Dictionary<Guid, (ActualSource Source, MetricValue? Value)>();
        var choices = new Dictionary<Guid, BandChoice>();
        var refusals = new Dictionary<Guid, string>();
        foreach (var row in rows.Where(r => !parents.Contains(r.Id)))
        {
            var input = inputs.GetValueOrDefault(row.Id);
            var rowPeriod = row.PeriodFor(e.Year, e.PeriodTo) ?? period;
            (MetricValue? Value, string? Refusal) figure = default;
            if (row.MetricKey is { } key && !computed.TryGetValue((key, row.MetricArgument, rowPeriod), out figure))
                computed[(key, row.MetricArgument, rowPeriod)] = figure = await FigureAsync(key, row.MetricArgument, rowPeriod, ct);
            var value = figure.Value;
            var source = row.Rule?.IsJudgement == true ? ActualSource.Judgement
                : value is not null ? ActualSource.Metric
                : input?.ManualValue is not null ? ActualSource.Manual
                : row.MetricKey is not null ? ActualSource.Unavailable
                : ActualSource.Manual;
            sources[row.Id] = (source, value);
            if (figure.Refusal is { } refusal) refusals[row.Id] = refusal;
            var actual = value?.Value ?? input?.ManualValue;
            var chosen = judgements[row.Id].AsEnumerable();
            if (row.Rule?.Kind == RuleKind.Banded)
            {
                // Only the points chosen for the band the actual falls in now count; a choice made for another band waits.
                var band = row.Rule.BandIndexOf(actual) is { } i && row.Rule.Bands![i].IsRange ? ScoringRule.BandKey(i) : null;
                chosen = chosen.Where(j => j.Band == band);
                if (band is not null)
                {
                    var b = row.Rule.Bands![row.Rule.BandIndexOf(actual)!.Value];
                    choices[row.Id] = new BandChoice(band, Math.Min(b.Points, b.PointsTo!.Value), Math.Max(b.Points, b.PointsTo!.Value));
                }
            }
            actuals[row.Id] = new IndicatorActual(actual, [.. chosen.Select(j => j.Score)], input?.NotApplicable == true);
        }

        var sheet = Scorer.Score([.. rows.Select(r => r.ToNode())], actuals, table.Bands);
        var byId = rows.ToDictionary(r => r.Id);
        var indicators = sheet.Indicators.Select(s =>
        {
            var row = byId[s.Id];
            var (source, value) = sources.GetValueOrDefault(s.Id, (ActualSource.Subtotal, null));
            return new IndicatorResult(s.Id, s.ParentId, s.Level, s.Code, s.Name, s.Weight, s.IsLeaf, row.Unit, row.Target, row.Rule?.Kind,
                row.Rule?.Describe(row.Weight, row.Target, row.Unit), s.Actual, s.Score, s.NotApplicable, source, row.MetricKey, row.MetricArgument,
                value?.SourceLink, value?.Basis ?? refusals.GetValueOrDefault(s.Id), inputs.GetValueOrDefault(s.Id)?.Evidence,
                [.. judgements[s.Id].Select(j => new JudgementView(j.Evaluator, j.Score, j.Band, j.Reason))], row.DepartmentId, choices.GetValueOrDefault(s.Id),
                row.PeriodYears, row.PeriodFor(e.Year, e.PeriodTo)?.Label);
        }).ToList();
        return new EvaluationResult(e.Id, e.Year, e.PeriodFrom, e.PeriodTo, e.Name, e.TableId, e.Status, sheet.Total, sheet.Grade,
            sheet.ApplicableWeight, e.SignedOffAt, e.SignedOffBy, indicators);
    }

    /// <summary>A metric's figure, or why it has none over a period of several years (shown in place of the basis).</summary>
    private async Task<(MetricValue?, string?)> FigureAsync(string key, string? argument, MetricPeriod period, CancellationToken ct)
    {
        try
        {
            return (await metrics.TryComputeAsync(key, argument, period, ct), null);
        }
        catch (MetricRangeRefusedException refused)
        {
            return (null, refused.Message);
        }
    }

        public static string Freeze(EvaluationResult result) => JsonSerializer.Serialize(result, RuleJson.Options);
}
