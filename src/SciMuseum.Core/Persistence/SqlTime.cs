using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace SciMuseum.Core.Persistence;

/// <summary>
/// Time arithmetic the database does, so sums over many rows stay in SQL: <see cref="Seconds"/> is a moment as seconds
/// since 1970 (with fractions), <c>unixepoch(x, 'subsec')</c> on SQLite and <c>date_part('epoch', x)</c> on PostgreSQL.
/// Differences of two such values are durations; use them only inside LINQ queries.
/// </summary>
public static class SqlTime
{
    public static double Seconds(DateTime at) => throw new InvalidOperationException("SqlTime.Seconds runs only inside a database query.");

    internal static void Register(ModelBuilder builder, bool postgres) =>
        builder.HasDbFunction(typeof(SqlTime).GetMethod(nameof(Seconds))!).HasTranslation(args => postgres
            ? new SqlFunctionExpression("date_part", [new SqlFragmentExpression("'epoch'"), args[0]], nullable: true,
                argumentsPropagateNullability: [false, true], typeof(double), null)
            : new SqlFunctionExpression("unixepoch", [args[0], new SqlFragmentExpression("'subsec'")], nullable: true,
                argumentsPropagateNullability: [true, false], typeof(double), null));
}
