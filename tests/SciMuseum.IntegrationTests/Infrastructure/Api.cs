using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SciMuseum.IntegrationTests.Infrastructure;

/// <summary>Speaking to the API as its clients do: sign in, send the bearer token, read JSON and problem details.</summary>
public static class Api
{
    public const string ProblemJson = "application/problem+json";

    public static HttpClient Anonymous(this SciMuseumApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<JsonElement> LoginAsync(this SciMuseumApp app, string email, string password)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    public static async Task<HttpClient> SignInAsync(this SciMuseumApp app, string email, string password = SciMuseumApp.StaffPassword)
    {
        var token = await app.LoginAsync(email, password);
        return app.WithToken(token.GetProperty("accessToken").GetString()!);
    }

    public static Task<HttpClient> AdminAsync(this SciMuseumApp app) => app.SignInAsync(SciMuseumApp.AdminEmail, SciMuseumApp.AdminPassword);

    /// <summary>A new user of <paramref name="museumId"/> with <paramref name="roles"/>, signed in.</summary>
    public static async Task<HttpClient> NewUserAsync(this SciMuseumApp app, Guid museumId, params string[] roles) =>
        await app.SignInAsync(await app.CreateUserAsync(museumId, roles));

    public static HttpClient WithToken(this SciMuseumApp app, string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).JsonAsync(HttpStatusCode.OK);

    /// <summary>Asserts an RFC 9457 answer with this status (and type, when given) and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (type is not null) Assert.Equal(type, problem.GetProperty("type").GetString());
        return problem;
    }

    /// <summary>Sends a request that must be refused with problem details, and asserts that no staff or audit row was written.</summary>
    public static async Task<JsonElement> RefusedWithoutWritingAsync(this SciMuseumApp app, Func<Task<HttpResponseMessage>> send,
        HttpStatusCode status, string? type = null)
    {
        var before = await app.CountRowsAsync();
        var problem = await (await send()).ProblemAsync(status, type);
        Assert.Equal(before, await app.CountRowsAsync());
        return problem;
    }

    /// <summary>The messages a validation problem gives for one field (empty when the field is not named).</summary>
    public static string[] ErrorsFor(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(m => m.GetString()!)]
            : [];
}
