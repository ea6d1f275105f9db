using SciMuseum.Core.Identity;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>
/// tests/SciMuseum.IntegrationTests/GuardRails/access-matrix.txt: one line per <c>METHOD route</c> with who may pass
/// authorization: <c>public</c>, <c>signed-in</c> (every role) or a comma-separated list of roles.
/// </summary>
public sealed class AccessTable
{
    public const string RepositoryPath = "tests/SciMuseum.IntegrationTests/GuardRails/access-matrix.txt";

    public IReadOnlyDictionary<string, string> Lines { get; }

    private AccessTable(Dictionary<string, string> lines) => Lines = lines;

    public static AccessTable Load()
    {
        var lines = new Dictionary<string, string>();
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "GuardRails", "access-matrix.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length == 3, $"{RepositoryPath}: \"{raw}\" is not `METHOD route who`.");
            lines.Add($"{parts[0]} {parts[1]}", parts[2]);
        }
        return new AccessTable(lines);
    }

    /// <summary>Whether a caller with this role (null: anonymous) should get past authorization.</summary>
    public static bool Allows(string who, string? role) => who switch
    {
        "public" => true,
        "signed-in" => role is not null,
        _ => role is not null && who.Split(',').Contains(role),
    };

    /// <summary>The shortest `who` that describes what was observed: for a line to paste into the table.</summary>
    public static string Describe(bool anonymous, IReadOnlyCollection<string> roles) =>
        anonymous ? "public"
        : roles.Count == Roles.All.Count() ? "signed-in"
        : roles.Count == 0 ? "nobody"
        : string.Join(',', Roles.All.Where(roles.Contains));
}
