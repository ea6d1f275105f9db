using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Performance;

/// <summary>Copy a template (or another table of the museum) into a new scoring table the museum then edits.</summary>
public static class CopyScoringTable
{
    public sealed record Command(string? TemplateCode, Guid? SourceTableId, string? Name);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MuseumDb db)
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.TemplateCode).Must(code => ScoringTemplates.Find(code) is not null).When(c => c.SourceTableId is null)
                .WithMessage(_ => L("没有这个模板；可选：" + string.Join("、", ScoringTemplates.All.Select(t => t.Code)),
                    "No such template; known: " + string.Join(", ", ScoringTemplates.All.Select(t => t.Code))));
            RuleFor(c => c.SourceTableId).MustAsync(async (id, ct) => await db.ScoringTables.AnyAsync(t => t.Id == id, ct))
                .When(c => c.SourceTableId is not null).WithMessage(_ => L("评分表不存在。", "No such scoring table."));
        }
    }

    public static async Task<ScoringTable> HandleAsync(MuseumDb db, Command c, CancellationToken ct)
    {
        IReadOnlyList<IndicatorNode> tree;
        var table = new ScoringTable { Name = c.Name!.Trim() };
        if (c.SourceTableId is { } source)
        {
            var from = await db.ScoringTables.AsNoTracking().FirstAsync(t => t.Id == source, ct);
            (table.TemplateCode, table.Description, table.ExcellentFrom, table.GoodFrom, table.FairFrom) =
                (from.TemplateCode, from.Description, from.ExcellentFrom, from.GoodFrom, from.FairFrom);
            (table.ExcellentName, table.GoodName, table.FairName, table.PoorName) = (from.ExcellentName, from.GoodName, from.FairName, from.PoorName);
            tree = WithoutIds(IndicatorNode.TreeOf(await db.ScoringIndicators.AsNoTracking().Where(i => i.TableId == source).ToListAsync(ct)));
        }
        else
        {
            var template = ScoringTemplates.Find(c.TemplateCode)!;
            (table.TemplateCode, table.Description) = (template.Code, template.Description);
            tree = template.Indicators;
        }
        db.ScoringTables.Add(table);
        db.ScoringIndicators.AddRange(IndicatorNode.Flatten(table.Id, tree));
        await db.SaveChangesAsync(ct);
        return table;
    }

    private static List<IndicatorNode> WithoutIds(IEnumerable<IndicatorNode> nodes) =>
        [.. nodes.Select(n => n with { Id = null, Code = null, Children = n.Children is null ? null : WithoutIds(n.Children) })];
}

/// <summary>Edit a scoring table: its name, grade bands and names, and whole indicator tree (weights must total 100).</summary>
public static class SaveScoringTable
{
    /// <summary>Grade names left out keep the table's current ones.</summary>
    public sealed record Command(string? Name, string? Description, decimal? ExcellentFrom, decimal? GoodFrom, decimal? FairFrom, List<IndicatorNode>? Indicators,
        string? ExcellentName = null, string? GoodName = null, string? FairName = null, string? PoorName = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(MetricRegistry metrics)
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Description).OptionalText(1000);
            RuleFor(c => c.FairFrom).InclusiveBetween(0m, 100m).WithMessage(_ => L("须在 0–100 之间。", "Between 0 and 100."));
            RuleFor(c => c.GoodFrom).GreaterThan(c => c.FairFrom ?? 60m).WithMessage(_ => L("良好线须高于中等线。", "Must be above the fair line."));
            RuleFor(c => c.ExcellentFrom).GreaterThan(c => c.GoodFrom ?? 80m).LessThanOrEqualTo(100m)
                .WithMessage(_ => L("优秀线须高于良好线且不超过 100。", "Must be above the good line and at most 100."));
            RuleFor(c => c.ExcellentName).OptionalText(10);
            RuleFor(c => c.GoodName).OptionalText(10);
            RuleFor(c => c.FairName).OptionalText(10);
            RuleFor(c => c.PoorName).OptionalText(10);
            RuleFor(c => c).Must(c => new[] { c.ExcellentName, c.GoodName, c.FairName, c.PoorName }.Where(n => !string.IsNullOrWhiteSpace(n))
                    .Select(n => n!.Trim()).GroupBy(n => n).All(g => g.Count() == 1))
                .OverridePropertyName("goodName").WithMessage(_ => L("各等级名称不能重复。", "Each grade needs its own name."));
            RuleFor(c => c.Indicators).NotEmpty().WithMessage(_ => L("至少一个指标。", "At least one indicator."))
                .Custom((nodes, ctx) => new TreeRules(metrics, ctx).Check(nodes!));
        }
    }

    public static async Task<Result<ScoringTable>> HandleAsync(MuseumDb db, Guid id, Command c, CancellationToken ct)
    {
        if (await db.ScoringTables.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } table) return Refusal.NotFound();
        table.Name = c.Name!.Trim();
        table.Description = c.Description?.Trim() ?? "";
        table.ExcellentFrom = c.ExcellentFrom ?? table.ExcellentFrom;
        table.GoodFrom = c.GoodFrom ?? table.GoodFrom;
        table.FairFrom = c.FairFrom ?? table.FairFrom;
        table.ExcellentName = Name(c.ExcellentName, table.ExcellentName);
        table.GoodName = Name(c.GoodName, table.GoodName);
        table.FairName = Name(c.FairName, table.FairName);
        table.PoorName = Name(c.PoorName, table.PoorName);

        var existing = await db.ScoringIndicators.Where(i => i.TableId == id).ToDictionaryAsync(i => i.Id, ct);
        var wanted = IndicatorNode.Flatten(id, c.Indicators!);
        foreach (var row in wanted)
        {
            if (existing.Remove(row.Id, out var current))
            {
                (current.ParentId, current.Code, current.Level, current.SortOrder, current.Name, current.Weight) =
                    (row.ParentId, row.Code, row.Level, row.SortOrder, row.Name, row.Weight);
                (current.Unit, current.Target, current.MetricKey, current.MetricArgument, current.Rule, current.DepartmentId, current.PeriodYears) =
                    (row.Unit, row.Target, row.MetricKey, row.MetricArgument, row.Rule, row.DepartmentId, row.PeriodYears);
            }
            else
            {
                // A new indicator, or an id from elsewhere (another table's): a fresh key, its children re-pointed.
                var given = row.Id;
                row.Id = Guid.CreateVersion7();
                foreach (var child in wanted.Where(w => w.ParentId == given)) child.ParentId = row.Id;
                db.ScoringIndicators.Add(row);
            }
        }
        db.ScoringIndicators.RemoveRange(existing.Values);
        await db.SaveChangesAsync(ct);
        return table;
    }

    private static string Name(string? given, string current) => string.IsNullOrWhiteSpace(given) ? current : given.Trim();
}
