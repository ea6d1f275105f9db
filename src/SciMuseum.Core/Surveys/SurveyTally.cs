using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Surveys;

/// <summary>
/// How many answers of an area's month gave one question one value: a rating's value, a chosen option's index, or
/// <see cref="SurveyTally.Answered"/> for a choice question answered at all. Derived, never typed: counted in the same
/// transaction as the response (<see cref="SurveyTallies"/>), so a year's distribution reads a few hundred rows
/// instead of every answer (the finance module's monthly ledger totals do the same).
/// </summary>
public sealed class SurveyTally : IMuseumOwned
{
    /// <summary>The <see cref="Option"/> of "this choice question was answered" (a multiple choice picks several options).</summary>
    public const int Answered = -1;

    public Guid MuseumId { get; set; }
    public string Area { get; set; } = "";
    public int Year { get; set; }
    public int Month { get; set; }
    public Guid QuestionId { get; set; }
    public int Option { get; set; }
    public int Count { get; set; }
}

internal sealed class SurveyTallyConfiguration : IEntityTypeConfiguration<SurveyTally>
{
    public void Configure(EntityTypeBuilder<SurveyTally> b)
    {
        b.ToTable("SurveyTallies");
        b.HasKey(t => new { t.MuseumId, t.Area, t.Year, t.Month, t.QuestionId, t.Option });
        b.Property(t => t.Area).HasMaxLength(40);
        b.HasOne<SurveyQuestion>().WithMany().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Counts responses into <see cref="SurveyTally"/> rows with one atomic upsert (many submissions may add to one row at once).</summary>
public static class SurveyTallies
{
    private const int RowsPerStatement = 500;

    /// <summary>The tallies the responses add, one row per area, month, question and value.</summary>
    public static List<SurveyTally> Of(IEnumerable<SurveyResponse> responses)
    {
        var counts = new Dictionary<(Guid, string, int, int, Guid, int), int>();
        void Add(SurveyResponse r, Guid question, int option)
        {
            var key = (r.MuseumId, r.Area, r.Date.Year, r.Date.Month, question, option);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var r in responses)
        foreach (var a in r.Answers)
        {
            if (a.Value is { } v) Add(r, a.QuestionId, v);
            if (a.Choices.Count == 0) continue;
            Add(r, a.QuestionId, SurveyTally.Answered);
            foreach (var c in a.Choices.Distinct()) Add(r, a.QuestionId, c);
        }
        return [.. counts.Select(kv => new SurveyTally
        {
            MuseumId = kv.Key.Item1, Area = kv.Key.Item2, Year = kv.Key.Item3, Month = kv.Key.Item4, QuestionId = kv.Key.Item5, Option = kv.Key.Item6, Count = kv.Value,
        })];
    }

    /// <summary>Adds the responses' answers to the tallies; call inside the transaction that writes the responses.</summary>
    public static async Task CountAsync(MuseumDb db, IEnumerable<SurveyResponse> responses, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(SurveyTally))!;
        foreach (var chunk in Of(responses).Chunk(RowsPerStatement))
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            var parameters = new List<object>();
            // Raw SQL sees the stored forms (ids are text on SQLite): each value goes through its column's own mapping.
            string P(string property, object value)
            {
                parameters.Add(type.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, $"t{parameters.Count}", value, nullable: false));
                return $"{{{parameters.Count - 1}}}";
            }
            var rows = chunk.Select(t => $"({P(nameof(t.MuseumId), t.MuseumId)}, {P(nameof(t.Area), t.Area)}, {P(nameof(t.Year), t.Year)}, "
                + $"{P(nameof(t.Month), t.Month)}, {P(nameof(t.QuestionId), t.QuestionId)}, {P(nameof(t.Option), t.Option)}, {P(nameof(t.Count), t.Count)})").ToList();
            var sql = "INSERT INTO \"SurveyTallies\" (\"MuseumId\", \"Area\", \"Year\", \"Month\", \"QuestionId\", \"Option\", \"Count\") VALUES "
                + string.Join(", ", rows)
                + " ON CONFLICT (\"MuseumId\", \"Area\", \"Year\", \"Month\", \"QuestionId\", \"Option\") DO UPDATE SET \"Count\" = \"SurveyTallies\".\"Count\" + excluded.\"Count\"";
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }
    }
}
