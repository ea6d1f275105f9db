using SciMuseum.Core.Competitions;

namespace SciMuseum.Web.Competitions.Pages.Public;

/// <summary>What the registration page posts; student rows left blank are not students.</summary>
public sealed class EntryForm
{
    public const int Rows = 5;

    public string? Code { get; set; }
    public Guid? CategoryId { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Advisor { get; set; }
    public List<EntrantRow> Entrants { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new EntrantRow())];

    public sealed class EntrantRow
    {
        public string? Name { get; set; }
        public string? Grade { get; set; }
        public string? GuardianPhone { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Grade) && string.IsNullOrWhiteSpace(GuardianPhone);
    }

    /// <summary>Filled rows first, so that error keys (<c>entrants[i]</c>) match the rows shown.</summary>
    public void Compact()
    {
        var rows = Entrants.Take(Rows).ToList();
        Entrants = [.. rows.Where(e => !e.IsBlank), .. rows.Where(e => e.IsBlank)];
        while (Entrants.Count < Rows) Entrants.Add(new EntrantRow());
    }

    public RegisterEntry.Command ToCommand() => new(Code?.Trim(), CategoryId, Title?.Trim(), Link?.Trim(), Advisor?.Trim(),
        [.. Entrants.Where((e, i) => i == 0 || !e.IsBlank).Select(e => new RegisterEntry.EntrantInput(e.Name?.Trim(), e.Grade?.Trim(), e.GuardianPhone?.Trim()))]);
}
