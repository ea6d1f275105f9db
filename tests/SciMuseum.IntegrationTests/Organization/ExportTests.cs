using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Organization;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Organization;

/// <summary>Every list a page shows also comes as a file: all matching rows, headers as on the page.</summary>
public abstract class ExportTests(SciMuseumApp app)
{
    // The demo museum's register: 35 in post, 19 contract, 8 retired, 1 transferred out in 2019.
    private const int DemoStaff = 63;

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string[] CsvLines(byte[] csv) =>
        [.. Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    [Fact]
    public async Task Staff_export_as_xlsx_is_a_workbook_with_every_member()
    {
        var xlsx = await DownloadAsync(await app.AdminAsync(), $"{Staff.Url}?format=xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);

        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet"));
        var xml = new StreamReader(sheet.Open()).ReadToEnd();
        var strings = zip.GetEntry("xl/sharedStrings.xml") is { } shared ? new StreamReader(shared.Open()).ReadToEnd() : "";
        Assert.Contains("姓名", xml + strings);
        Assert.Equal(DemoStaff + 1, System.Text.RegularExpressions.Regex.Count(xml, "<x:row |<row "));
    }

    [Fact]
    public async Task Staff_export_as_csv_has_a_BOM_the_Chinese_header_and_every_member()
    {
        var csv = await DownloadAsync(await app.AdminAsync(), $"{Staff.Url}?format=csv", "text/csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = CsvLines(csv);
        Assert.StartsWith("姓名,", lines[0]);
        Assert.Equal(DemoStaff, lines.Length - 1);
    }

    [Fact]
    public async Task Staff_export_follows_the_filters_and_the_language()
    {
        var admin = await app.AdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var lines = CsvLines(await DownloadAsync(admin, $"{Staff.Url}?format=csv&status=Retired&date=2020-12-31", "text/csv"));
        Assert.StartsWith("Name,Gender,", lines[0]);
        Assert.Equal(8, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",Retired", l));
    }

    [Fact]
    public async Task A_name_that_looks_like_a_formula_is_exported_as_text()
    {
        var museum = await app.CreateMuseumAsync();
        var office = await app.NewUserAsync(museum.Id, Roles.Office);
        await Staff.CreateAsync(office, Staff.Body(museum.Departments[DepartmentKind.Office], "=HYPERLINK(\"http://x\")"));
        var lines = CsvLines(await DownloadAsync(office, $"{Staff.Url}?format=csv", "text/csv"));
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\",", lines[1]);
    }
}

[Collection("sqlite")]
public sealed class ExportOnSqlite(SqliteApp app) : ExportTests(app);

[Collection("postgres")]
public sealed class ExportOnPostgres(PostgresApp app) : ExportTests(app);
