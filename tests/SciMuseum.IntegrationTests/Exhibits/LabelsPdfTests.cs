using System.Diagnostics;
using System.Net;
using PdfSharp.Pdf.IO;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>The QR labels as PDF: exact page sizes, the codes readable as text, the short URL in the QR, bad input refused.</summary>
public abstract class LabelsPdfTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits/labels.pdf";

    [Fact]
    public async Task Single_labels_are_a_50_by_30_mm_page_per_exhibit_of_the_floor_with_its_code_and_the_museum()
    {
        var admin = await app.AdminAsync();
        var floor2 = (await admin.GetJsonAsync("/api/v1/exhibits?floor=2&pageSize=500")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() != "Retired").Select(e => e.GetProperty("code").GetString()!).ToList();
        var response = await admin.GetAsync($"{Url}?format=single&floor=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(floor2.Count, pdf.PageCount);
            Assert.Equal((50d, 30d), (Math.Round(pdf.Pages[0].Width.Millimeter, 2), Math.Round(pdf.Pages[0].Height.Millimeter, 2)));
        }
        var text = PdfText(bytes);
        Assert.All(floor2, code => Assert.Contains(code, text));
        Assert.Contains("南阳市科学技术馆", text);
        Assert.Contains("2 楼", text);
    }

    [Fact]
    public async Task An_a4_sheet_of_chosen_exhibits_is_one_a4_page_whose_qr_holds_the_short_url()
    {
        var admin = await app.AdminAsync();
        var exhibit = (await admin.GetJsonAsync("/api/v1/exhibits?q=R20-2-05")).GetProperty("items").EnumerateArray().Single();
        var bytes = await (await admin.GetAsync($"{Url}?format=a4&ids={exhibit.GetProperty("id").GetGuid()}")).Content.ReadAsByteArrayAsync();

        using (var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(1, pdf.PageCount);
            Assert.Equal((210d, 297d), (Math.Round(pdf.Pages[0].Width.Millimeter, 2), Math.Round(pdf.Pages[0].Height.Millimeter, 2)));
        }
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            Assert.Contains("R20-2-05", Run("pdftotext", path, "-"));
            Run("pdftoppm", "-r", "150", "-png", "-singlefile", path, path);
            Assert.Equal("http://localhost/e/R20-2-05", Run("zbarimg", "-q", "--raw", path + ".png").Trim());
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".png");
        }
    }

    [Fact]
    public async Task An_unknown_format_or_floor_is_a_field_error()
    {
        var admin = await app.AdminAsync();
        Assert.NotEmpty((await (await admin.GetAsync($"{Url}?format=a3")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorsFor("format"));
        Assert.NotEmpty((await (await admin.GetAsync($"{Url}?floor=99999")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorsFor("floor"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Url)).StatusCode);
    }

    private static string PdfText(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try { return Run("pdftotext", path, "-"); }
        finally { File.Delete(path); }
    }

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

[Collection("sqlite")]
public sealed class LabelsPdfOnSqlite(SqliteApp app) : LabelsPdfTests(app);

[Collection("postgres")]
public sealed class LabelsPdfOnPostgres(PostgresApp app) : LabelsPdfTests(app);
