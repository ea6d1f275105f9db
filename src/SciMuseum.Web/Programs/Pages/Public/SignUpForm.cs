using SciMuseum.Core.Programs;

namespace SciMuseum.Web.Programs.Pages.Public;

/// <summary>What the sign-up page posts; child rows left blank are not children.</summary>
public sealed class SignUpForm
{
    public const int Rows = 3;

    public string? GuardianName { get; set; }
    public string? GuardianPhone { get; set; }
    public List<ChildRow> Children { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new ChildRow())];

    public sealed class ChildRow
    {
        public string? Name { get; set; }
        public int? Age { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Age is null;
    }

    /// <summary>Moves the rows filled in to the top, so that error keys (<c>children[i]</c>) match the rows shown.</summary>
    public void Compact()
    {
        var rows = Children.Take(Rows).ToList();
        Children = [.. rows.Where(c => !c.IsBlank), .. rows.Where(c => c.IsBlank)];
        while (Children.Count < Rows) Children.Add(new ChildRow());
    }

    public SignUpForSession.Command ToCommand(Guid sessionId) => new(sessionId, GuardianName?.Trim(), GuardianPhone?.Trim(),
        [.. Children.Where((c, i) => i == 0 || !c.IsBlank).Select(c => new SignUpForSession.ChildInput(c.Name?.Trim(), c.Age))]);
}
