using System.Net;
using System.Net.Http.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>Staff requests as a client writes them.</summary>
public static class Staff
{
    public const string Url = "/api/v1/organization/staff";

    public static Dictionary<string, object?> Body(Guid departmentId, string name = "测试人员", string startDate = "2020-01-01",
        string employment = "Establishment") => new()
    {
        ["name"] = name,
        ["gender"] = "Female",
        ["departmentId"] = departmentId,
        ["employment"] = employment,
        ["education"] = "Bachelor",
        ["professionalTitle"] = "初级",
        ["phone"] = "13900000000",
        ["startDate"] = startDate,
    };

    public static async Task<Guid> CreateAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var created = await (await client.PostAsJsonAsync(Url, body)).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>Names on the list the caller sees (one large page).</summary>
    public static async Task<List<string>> NamesAsync(HttpClient client, string query = "")
    {
        var page = await client.GetJsonAsync($"{Url}?pageSize=500{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];
    }
}
