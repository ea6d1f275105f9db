using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.Core.Identity;
using SciMuseum.Data.Demo;
using SciMuseum.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SciMuseum.IntegrationTests.GuardRails;

/// <summary>
/// Every route the app maps (from its own endpoint data source, so new modules are covered without anyone remembering)
/// × anonymous, each role and a user of another museum, against one table kept in the repository
/// (<see cref="AccessTable.RepositoryPath"/>). Allowed = not 401/403 (pages: not sent to /login); refused = 401/403.
/// Reads are GETs; writes carry an empty body, so nothing is written (a 400 proves authorization was passed).
/// </summary>
public abstract partial class AccessMatrixTests(SciMuseumApp app, ITestOutputHelper output)
{
    private static readonly Guid Dummy = Guid.Parse("00000000-0000-4000-8000-00000000dead");

    [Fact]
    public async Task Every_route_answers_each_role_as_the_access_table_says_and_another_museums_ids_are_not_found()
    {
        var clock = Stopwatch.StartNew();
        var table = AccessTable.Load();
        var routes = Routes(app.Services.GetRequiredService<EndpointDataSource>());
        var ids = await RealIdsAsync();
        var principals = await Principal.AllAsync(app);

        var wrong = new List<string>();
        // Another museum's records are not there for its users: 404, never the record.
        foreach (var route in routes.Where(r => r.Method == "GET" && ids.ContainsKey(r.Template)))
        {
            var url = Fill(route, ids);
            var own = await principals.Single(p => p.Name == Roles.SystemAdmin).Api.GetAsync(url);
            var foreign = await principals.Single(p => p.Name == Principal.OtherMuseum).Api.GetAsync(url);
            if (own.StatusCode != HttpStatusCode.OK) wrong.Add($"{route.Key}: the demo museum's own administrator got {(int)own.StatusCode} for {url}");
            if (foreign.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{route.Key}: another museum's leader got {(int)foreign.StatusCode} for {url}, not 404");
        }

        // Deletes with a real id of the demo museum: its own administrator is refused for a reason (409: the contest and the
        // category have entries, so nothing is deleted), another museum's user finds nothing (404).
        foreach (var route in routes.Where(r => r.Method == "DELETE" && RealDeletes.Contains(r.Template)))
        {
            var url = Fill(route, ids);
            var own = await principals.Single(p => p.Name == Roles.SystemAdmin).Api.DeleteAsync(url);
            var foreign = await principals.Single(p => p.Name == Principal.OtherMuseum).Api.DeleteAsync(url);
            if (own.StatusCode != HttpStatusCode.Conflict) wrong.Add($"{route.Key}: the demo museum's own administrator got {(int)own.StatusCode} for {url}, not 409");
            if (foreign.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{route.Key}: another museum's leader got {(int)foreign.StatusCode} for {url}, not 404");
        }

        var missing = routes.Where(r => !table.Lines.ContainsKey(r.Key)).ToList();
        var stale = table.Lines.Keys.Except(routes.Select(r => r.Key)).ToList();
        var observed = new ConcurrentDictionary<(string Route, string Principal), (HttpStatusCode Status, bool Refused)>();
        // Logout last: it ends the caller's session.
        var ordered = routes.OrderBy(r => r.Template.Contains("logout")).ToList();
        await Task.WhenAll(principals.Select(async p =>
        {
            foreach (var route in ordered)
            {
                var response = await SendAsync(p, route, ids);
                observed[(route.Key, p.Name)] = (response.StatusCode, IsRefused(route, response, await response.Content.ReadAsStringAsync()));
            }
        }));

        foreach (var route in ordered.Where(r => table.Lines.ContainsKey(r.Key)))
        {
            var who = table.Lines[route.Key];
            foreach (var p in principals)
            {
                var expected = AccessTable.Allows(who, p.Role);
                var (status, refused) = observed[(route.Key, p.Name)];
                if (expected == refused)
                    wrong.Add($"{route.Key}: {p.Name} got {(int)status}, the table says {(expected ? "allowed" : "refused")} ({who})");
            }
        }

        output.WriteLine($"{routes.Count} routes × {principals.Count} callers = {observed.Count} requests in {clock.Elapsed.TotalSeconds:0.0} s");
        var report = new StringBuilder();
        if (missing.Count > 0)
        {
            report.AppendLine($"{missing.Count} route(s) are not in {AccessTable.RepositoryPath}. Add a line per route saying who may pass "
                + "(public, signed-in, or roles separated by commas); what the app does today is:");
            foreach (var route in missing)
            {
                var anonymous = !observed[(route.Key, Principal.Anonymous)].Refused;
                var roles = principals.Where(p => p.Role is not null && p.Name != Principal.OtherMuseum && !observed[(route.Key, p.Name)].Refused)
                    .Select(p => p.Role!).ToList();
                report.AppendLine($"{route.Key,-70} {AccessTable.Describe(anonymous, roles)}");
            }
        }
        // Whatever the caller, no route breaks: a 500 is a defect even where the caller was meant to pass (503 is the overload answer).
        var broken = observed.Where(o => (int)o.Value.Status >= 500 && o.Value.Status != HttpStatusCode.ServiceUnavailable)
            .Select(o => $"{o.Key.Route}: {o.Key.Principal} got {(int)o.Value.Status}").Order().ToList();
        if (broken.Count > 0) report.AppendLine($"{broken.Count} answer(s) were server errors:").AppendJoin(Environment.NewLine, broken).AppendLine();
        if (stale.Count > 0) report.AppendLine($"Lines for routes the app no longer maps (remove them): {string.Join("; ", stale)}");
        if (wrong.Count > 0) report.AppendLine($"{wrong.Count} answer(s) differ from the table:").AppendJoin(Environment.NewLine, wrong);
        Assert.True(report.Length == 0, report.ToString());
    }

    /// <summary>A route of the matrix: API, pages and the account/culture endpoints; not static files or the Blazor hub.</summary>
    public sealed record Route(string Method, string Template, bool IsPage)
    {
        public string Key => $"{Method} {Template}";
        public bool IsApi => Template.StartsWith("/api/");
    }

    public static List<Route> Routes(EndpointDataSource source) =>
    [
        .. source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var template = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var page = e.Metadata.Any(m => m.GetType().Name == "ComponentTypeMetadata");
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Select(m => new Route(m, template, page));
            })
            .Where(r => r.IsPage || new[] { "/api/", "/api-docs", "/account/", "/culture", "/health/", "/openapi/" }.Any(r.Template.StartsWith))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal),
    ];

    /// <summary>A 401 that refuses the credentials sent (sign-in, refresh) is the endpoint's own answer, not authorization's.</summary>
    private static bool IsRefused(Route route, HttpResponseMessage r, string body) =>
        (r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && !body.Contains("\"/problems/bad-"))
        || (route.IsPage && r.StatusCode == HttpStatusCode.Redirect && (r.Headers.Location?.OriginalString ?? "").Contains("/login"));

    private static async Task<HttpResponseMessage> SendAsync(Principal p, Route route, IReadOnlyDictionary<string, Guid> ids)
    {
        var client = route.IsApi ? p.Api : p.Pages;
        var url = route.Method == "GET" ? Fill(route, ids) : Fill(route, new Dictionary<string, Guid>());
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = route.IsApi ? new StringContent("{}", Encoding.UTF8, "application/json") : new FormUrlEncodedContent([]);
        return await client.SendAsync(request);
    }

    /// <summary>Real ids of the demo museum for reads (so another museum's user must get 404); a dummy id for writes.</summary>
    private static string Fill(Route route, IReadOnlyDictionary<string, Guid> ids) => Parameter().Replace(route.Template, m =>
        m.Groups[2].Value.Contains("guid") || m.Groups[1].Value.EndsWith("Id") || m.Groups[1].Value == "id"
            ? (m.Groups[1].Value == "id" && ids.TryGetValue(route.Template, out var real) ? real : Dummy).ToString()
            : m.Groups[1].Value.Equals("code", StringComparison.OrdinalIgnoreCase) ? "ZZZZZZZZZZ" : "x");

    /// <summary>DELETE routes filled with a real id that must refuse it (the record is in use), so the matrix deletes nothing.</summary>
    private static readonly HashSet<string> RealDeletes = ["/api/v1/competitions/contests/{id:guid}", "/api/v1/competitions/categories/{id:guid}"];

    private Task<Dictionary<string, Guid>> RealIdsAsync() => app.InSystemScopeAsync(async (_, db) =>
    {
        var museum = await db.Museums.Where(m => m.Code == Demo2020.MuseumCode).Select(m => m.Id).SingleAsync();
        var ids = new Dictionary<string, Guid>
        {
            ["/api/v1/organization/staff/{id:guid}"] = await db.Staff.Where(s => s.MuseumId == museum).Select(s => s.Id).FirstAsync(),
            ["/api/v1/finance/lines/{id:guid}/adjustments"] = await db.BudgetLines.Where(s => s.MuseumId == museum).Select(s => s.Id).FirstAsync(),
            ["/api/v1/finance/expenditures/{id:guid}/attachments"] = await db.Expenditures.Where(s => s.MuseumId == museum).Select(s => s.Id).FirstAsync(),
        };
        if (await db.Evaluations.Where(s => s.MuseumId == museum).Select(s => (Guid?)s.Id).FirstOrDefaultAsync() is { } evaluation)
        {
            ids["/api/v1/performance/evaluations/{id:guid}"] = evaluation;
            ids["/api/v1/performance/evaluations/{id:guid}/indicators"] = evaluation;
        }
        if (await db.ScoringTables.Where(s => s.MuseumId == museum).Select(s => (Guid?)s.Id).FirstOrDefaultAsync() is { } scoring)
            ids["/api/v1/performance/tables/{id:guid}"] = scoring;
        if (await db.PerformanceGoals.Where(s => s.MuseumId == museum).Select(s => (Guid?)s.Id).FirstOrDefaultAsync() is { } goal)
        {
            ids["/api/v1/performance/goals/{id:guid}"] = goal;
            ids["/api/v1/performance/goals/{id:guid}/form"] = goal;
        }
        if (await db.ContestCategories.Where(c => c.MuseumId == museum && c.Scoring == Core.Competitions.ScoringMode.Matches).Select(c => (Guid?)c.Id).FirstOrDefaultAsync() is { } matchEvent)
            ids["/api/v1/competitions/categories/{id:guid}/matches"] = matchEvent;
        // The demo's innovation contest and one of its categories: both have entries, so their deletes are refused.
        var entry = await db.ContestEntries.Where(e => e.MuseumId == museum).Select(e => new { e.ContestId, e.CategoryId }).FirstAsync();
        ids["/api/v1/competitions/contests/{id:guid}"] = entry.ContestId;
        ids["/api/v1/competitions/categories/{id:guid}"] = entry.CategoryId;
        return ids;
    });

    [GeneratedRegex(@"\{\*{0,2}(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

[Collection("sqlite")]
public sealed class AccessMatrixOnSqlite(SqliteApp app, ITestOutputHelper output) : AccessMatrixTests(app, output);

[Collection("postgres")]
public sealed class AccessMatrixOnPostgres(PostgresApp app, ITestOutputHelper output) : AccessMatrixTests(app, output);
