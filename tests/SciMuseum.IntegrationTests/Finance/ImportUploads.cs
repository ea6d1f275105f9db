using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.IntegrationTests.Infrastructure;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.IntegrationTests.Finance;

/// <summary>Import files built the way a user's spreadsheet program writes them, sent as the page and API clients send them.</summary>
public static class ImportUploads
{
    public static readonly string[] BudgetHeader = ["编码", "名称", "类型", "资金来源", "经济分类", "部门", "批复金额(元)", "三公经费"];
    public static readonly string[] LedgerHeader = ["类型", "预算项目编码", "日期", "金额(元)", "文号/凭证号", "收款单位", "支出类别", "政府采购", "采购方式", "合同号", "备注"];

    public static byte[] Xlsx(string[] header, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList());
        return stream.ToArray();
    }

    /// <summary>CSV as Excel's "CSV UTF-8" writes it: a byte-order mark, CRLF, quotes where a cell needs them.</summary>
    public static byte[] Csv(string[] header, bool bom, params string[][] rows)
    {
        static string Cell(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        var text = string.Join("\r\n", new[] { header }.Concat(rows).Select(r => string.Join(",", r.Select(Cell)))) + "\r\n";
        return [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string kind, int year, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"/api/v1/finance/import/{kind}?year={year}", new MultipartFormDataContent { { content, "file", name } });
    }

    /// <summary>The (row, column) pairs of an import-invalid problem, in its order.</summary>
    public static List<(int Row, string Column)> Cells(this JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!))];

    /// <summary>Every finance and audit row of every museum, deleted ones and the line locks' versions included.</summary>
    public static Task<(int Budgets, int Lines, int Receipts, int Expenditures, int Audit, long LineVersions)> FinanceRowsAsync(this SciMuseumApp app) =>
        app.InSystemScopeAsync(async (_, db) => (
            await db.Budgets.IgnoreQueryFilters().CountAsync(),
            await db.BudgetLines.IgnoreQueryFilters().CountAsync(),
            await db.Receipts.IgnoreQueryFilters().CountAsync(),
            await db.Expenditures.IgnoreQueryFilters().CountAsync(),
            await db.AuditEntries.IgnoreQueryFilters().CountAsync(),
            (await db.BudgetLines.IgnoreQueryFilters().Select(l => l.LedgerVersion).ToListAsync()).Sum()));
}
