using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Alerts;

/// <summary>
/// A module's part of the daily digest, registered by the module (<c>AddScoped&lt;IDigestSource, …&gt;</c>) so the digest job
/// needs no change for each new one. It adds today's alerts it has not written yet and says how many.
/// </summary>
public interface IDigestSource
{
    Task<int> WriteAsync(MuseumDb db, DateOnly today, CancellationToken ct);
}
