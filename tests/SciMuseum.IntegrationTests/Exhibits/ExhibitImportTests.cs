using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>The register's XLSX import: all or nothing, each bad cell named, codes new only, the export's sheet importable as it stands.</summary>
public abstract class ExhibitImportTests(SciMuseumApp app)
{
    private static readonly string[] Header = ["编号", "名称", "展厅", "类别", "供应商", "购置日期", "金额(元)", "保修截止", "状态", "更新改造项目", "备注"];

    [Fact]
    public async Task A_file_with_any_bad_row_names_each_cell_and_registers_nothing()
    {
        var (museum, client) = await MuseumWithHallAsync();
        await (await client.PostAsync("/api/v1/exhibits", Json(new { code = "T-1", name = "已登记", category = "Caravan" }))).JsonAsync(HttpStatusCode.Created);
        var file = ImportUploads.Xlsx(Header,
            ["A-1", "单摆", "力学厅", "互动", "", "2021-03-01", 100m, "", "", "", ""],
            ["t-1", "编号已被使用", "", "大篷车", "", "", "", "", "", "", ""],
            ["A-1", "文件里重复", "力学厅", "展示", "", "", "", "", "", "", ""],
            ["A-3", "没有这个展厅", "不存在的厅", "互动", "", "", "", "", "", "", ""],
            ["A-4", "类别不对", "力学厅", "雕塑", "", "", "", "", "", "", ""],
            ["A-5", "没有展厅", "", "互动", "", "", "", "", "", "", ""],
            ["A-6", "日期和金额", "力学厅", "互动", "", "1900-01-01", -5m, "", "", "", ""]);

        var before = await ExhibitRowsAsync();
        var problem = await (await Upload(client, file, "exhibits.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");

        Assert.Equal([(3, "编号"), (4, "编号"), (5, "展厅"), (6, "类别"), (7, "展厅"), (8, "购置日期"), (8, "金额(元)")], problem.Cells());
        Assert.Contains("T-1", problem.GetProperty("rows")[0].GetProperty("message").GetString());
        Assert.Equal(before, await ExhibitRowsAsync());
        Assert.Equal(1, await app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().CountAsync(e => e.MuseumId == museum)));
    }

    [Fact]
    public async Task Good_rows_are_registered_and_the_export_imports_back_once_its_codes_are_new()
    {
        var (museum, client) = await MuseumWithHallAsync();
        var file = ImportUploads.Xlsx(Header,
            ["a-1", "单摆", "力学厅", "互动", "某公司", new DateTime(2021, 3, 1), 12800.5m, "2024-02-28", "完好", "", "一楼入口"],
            ["CV-1", "车载陀螺仪", "", "大篷车", "", "", "", "", "", "", ""]);
        var done = await (await Upload(client, file, "exhibits.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, done.GetProperty("exhibits").GetInt32());
        var a1 = await client.GetJsonAsync("/api/v1/exhibits?q=A-1");
        var item = a1.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("力学厅", 12800.5m, "2021-03-01"), (item.GetProperty("hall").GetString(), item.GetProperty("cost").GetDecimal(), item.GetProperty("purchaseDate").GetString()));

        // The export's sheet, codes changed, is an import file as it stands.
        var export = await (await client.GetAsync("/api/v1/exhibits?format=xlsx")).Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(export), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        foreach (var row in rows) row["编号"] = "N" + row["编号"];
        using var again = new MemoryStream();
        MiniExcel.SaveAs(again, rows);
        var reimported = await (await Upload(client, again.ToArray(), "export.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, reimported.GetProperty("exhibits").GetInt32());
        Assert.Equal(4, await app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().CountAsync(e => e.MuseumId == museum)));

        // The same file again: every code is taken now, nothing is written.
        var problem = await (await Upload(client, again.ToArray(), "export.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.All(problem.Cells(), c => Assert.Equal("编号", c.Column));
    }

    [Fact]
    public async Task The_template_downloads_and_only_the_maintenance_department_imports()
    {
        var (_, client) = await MuseumWithHallAsync();
        var template = await client.GetAsync("/api/v1/exhibits/import/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(await template.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["展品", "说明"], sheets);

        var museum = await app.CreateMuseumAsync();
        var gate = await app.NewUserAsync(museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(gate, ImportUploads.Xlsx(Header, ["A-1", "单摆", "", "大篷车"]), "x.xlsx")).StatusCode);
        var notSheet = await (await Upload(client, "MZ\u0090"u8.ToArray(), "x.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(notSheet.ErrorsFor("file"));
    }

    private async Task<(Guid Museum, HttpClient Client)> MuseumWithHallAsync()
    {
        var museum = await app.CreateMuseumAsync();
        await app.InSystemScopeAsync(async (_, db) =>
        {
            db.Halls.Add(new Hall { MuseumId = museum.Id, Floor = 1, Name = "力学厅" });
            return await db.SaveChangesAsync();
        });
        return (museum.Id, await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance));
    }

    private Task<int> ExhibitRowsAsync() => app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().CountAsync());

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> Upload(HttpClient client, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync("/api/v1/exhibits/import", new MultipartFormDataContent { { content, "file", name } });
    }
}

[Collection("sqlite")]
public sealed class ExhibitImportOnSqlite(SqliteApp app) : ExhibitImportTests(app);

[Collection("postgres")]
public sealed class ExhibitImportOnPostgres(PostgresApp app) : ExhibitImportTests(app);
