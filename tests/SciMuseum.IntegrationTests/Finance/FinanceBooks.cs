using System.Net;
using System.Net.Http.Json;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>A fresh museum with a 2020 budget, one line and its finance staff, so ledger tests never move the demo's figures.</summary>
public sealed record FinanceBooks(TestMuseum Museum, HttpClient Finance, HttpClient Lead, Guid LineId)
{
    public static async Task<FinanceBooks> OpenAsync(SciMuseumApp app, decimal received, decimal approved = 10_000m)
    {
        var museum = await app.CreateMuseumAsync();
        var finance = await app.NewUserAsync(museum.Id, Roles.PlanningFinance);
        var lead = await app.NewUserAsync(museum.Id, Roles.FinanceLead);
        (await finance.PostAsJsonAsync("/api/v1/finance/budgets", new { year = 2020, title = "2020年部门预算" })).EnsureSuccessStatusCode();
        var line = await (await finance.PostAsJsonAsync("/api/v1/finance/lines", new
        {
            year = 2020, code = "P01", name = "科技馆运行经费", kind = "Project", source = "LocalFiscal", approved,
            departmentId = museum.Departments[Core.Organization.DepartmentKind.ExhibitionEducation],
        })).JsonAsync(HttpStatusCode.OK);
        var lineId = line.GetProperty("id").GetGuid();
        if (received > 0)
            (await finance.PostAsJsonAsync("/api/v1/finance/receipts", new { lineId, date = "2020-03-01", amount = received, documentNumber = "拨-1" }))
                .EnsureSuccessStatusCode();
        return new FinanceBooks(museum, finance, lead, lineId);
    }

    private int voucher;

    public object Payment(decimal amount, string? overrideReason = null) => new
    {
        lineId = LineId, date = "2020-06-01", amount, payee = "南阳市某公司", category = "General",
        voucherNumber = $"V-{Guid.NewGuid():N}"[..20] + Interlocked.Increment(ref voucher), overrideReason,
    };

    public Task<HttpResponseMessage> PayAsync(HttpClient client, decimal amount, string? overrideReason = null) =>
        client.PostAsJsonAsync("/api/v1/finance/expenditures", Payment(amount, overrideReason));

    public async Task<(decimal Received, decimal Spent)> LineAsync()
    {
        var table = await Finance.GetJsonAsync("/api/v1/finance/execution?year=2020");
        var line = table.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("lineId").GetGuid() == LineId);
        return (line.GetProperty("received").GetDecimal(), line.GetProperty("spent").GetDecimal());
    }
}
