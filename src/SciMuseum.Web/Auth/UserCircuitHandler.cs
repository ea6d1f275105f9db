using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Persistence;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Auth;

/// <summary>
/// Interactive pages run outside any HTTP request: this keeps the circuit's <see cref="UserContext"/> (and so the
/// tenant filter) in step with the signed-in user for every event the circuit handles, and with the museum the page's
/// address chooses (<c>?museum=</c>, as <see cref="MuseumSelection"/> does for a request), so a live page reads and writes
/// the museum its prerender showed. A museum the user may not see (or none such) leaves them in their own.
/// </summary>
internal sealed class UserCircuitHandler(AuthenticationStateProvider auth, UserContext user, NavigationManager nav, IDbContextFactory<MuseumDb> factory)
    : CircuitHandler, IDisposable
{
    private ClaimsPrincipal principal = new(new ClaimsIdentity());

    // ?museum= values met in this circuit (code or id) and the museum each names; null: no such active museum.
    private readonly Dictionary<string, (Guid Id, string Province)?> named = new(StringComparer.Ordinal);

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct)
    {
        // Subscribed before the router is, so a page reached by a link already sees the museum its address chooses.
        nav.LocationChanged += OnLocationChanged;
        await ApplyAsync();
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await ApplyAsync();
            await next(context);
        };

    public void Dispose() => nav.LocationChanged -= OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => Apply(e.Location);

    private async Task ApplyAsync()
    {
        principal = (await auth.GetAuthenticationStateAsync()).User;
        Apply(nav.Uri);
    }

    private void Apply(string uri)
    {
        var museum = UserContext.HomeMuseum(principal);
        if (Requested(uri) is { } key)
        {
            if (!named.TryGetValue(key, out var found)) named[key] = found = Find(key);
            if (found is { } m && MuseumSelection.MaySee(principal, m.Id, m.Province)) museum = m.Id;
        }
        user.Use(principal, museum);
    }

    private static string? Requested(string uri)
    {
        var query = new Uri(uri).Query;
        var value = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("museum", out var v) ? v.ToString().Trim() : "";
        return value.Length == 0 ? null : value;
    }

    // Synchronous: a location change cannot wait; it runs once per museum a circuit is pointed at.
    private (Guid Id, string Province)? Find(string key)
    {
        using var db = factory.CreateDbContext();
        var query = Guid.TryParse(key, out var id) ? db.Museums.Where(m => m.Id == id) : db.Museums.Where(m => m.Code == key);
        var found = query.Where(m => !m.IsArchived).Select(m => new { m.Id, m.Province }).FirstOrDefault();
        return found is null ? null : (found.Id, found.Province);
    }
}
