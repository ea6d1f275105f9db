using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SciMuseum.IntegrationTests.Infrastructure;
using SciMuseum.IntegrationTests.Organization;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>The JSON request log tells operators what clients got, and keeps what the query string carries out.</summary>
public abstract class LoggingTests(SciMuseumApp app)
{
    /// <summary>Sends a request under a W3C trace id of our own, so its log lines can be picked out.</summary>
    private static async Task<(HttpResponseMessage Response, string Trace)> TracedAsync(HttpClient client, HttpRequestMessage request)
    {
        var trace = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        request.Headers.Add("traceparent", $"00-{trace}-{Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()))}-01");
        return (await client.SendAsync(request), trace);
    }

    /// <summary>
    /// The log lines of one trace (or naming <paramref name="marker"/>, a unique id in the request's path: whether the
    /// host takes the trace id from <c>traceparent</c> depends on who listens to its activities in this process), once
    /// its request line (written as the response completes) is there.
    /// </summary>
    private async Task<List<JsonElement>> LogLinesAsync(string trace, Guid marker)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lines = new List<JsonElement>();
            await using var stream = new FileStream(app.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync() is { } line)
                if (line.Contains(trace) || line.Contains(marker.ToString())) lines.Add(JsonDocument.Parse(line).RootElement.Clone());
            if (lines.Any(l => l.TryGetProperty("StatusCode", out _))) return lines;
            await Task.Delay(100);
        }
        return [];
    }

    /// <summary>Serilog's factory makes a new logger per call; the framework asks per request, so the app keeps one per category (issue 19).</summary>
    [Fact]
    public void The_logger_factory_keeps_one_logger_per_category()
    {
        var factory = app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        Assert.Same(factory.CreateLogger("SciMuseum.Tests.Gate"), factory.CreateLogger("SciMuseum.Tests.Gate"));
        Assert.NotSame(factory.CreateLogger("SciMuseum.Tests.Gate"), factory.CreateLogger("SciMuseum.Tests.Booking"));
    }

    [Fact]
    public async Task A_refused_body_is_logged_with_the_status_the_client_got_and_not_as_an_error()
    {
        var admin = await app.AdminAsync();
        var marker = Guid.NewGuid();
        var (response, trace) = await TracedAsync(admin, new HttpRequestMessage(HttpMethod.Put, $"{Staff.Url}/{marker}")
        {
            Content = new StringContent("{not json}", Encoding.UTF8, "application/json"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var request = Assert.Single(await LogLinesAsync(trace, marker), l => l.TryGetProperty("StatusCode", out _));
        Assert.Equal(400, request.GetProperty("StatusCode").GetInt32());
        Assert.False(request.TryGetProperty("@l", out var level) && level.GetString() is "Error" or "Fatal", request.ToString());
    }

    [Fact]
    public async Task Query_strings_never_reach_the_log()
    {
        var admin = await app.AdminAsync();
        var marker = Guid.NewGuid();
        var (response, trace) = await TracedAsync(admin, new HttpRequestMessage(HttpMethod.Get, $"{Staff.Url}/{marker}?search=13912345678&date=not-a-date"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var lines = await LogLinesAsync(trace, marker);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain("13912345678", l.GetRawText()));
    }
}

[Collection("sqlite")]
public sealed class LoggingOnSqlite(SqliteApp app) : LoggingTests(app);

[Collection("postgres")]
public sealed class LoggingOnPostgres(PostgresApp app) : LoggingTests(app);
