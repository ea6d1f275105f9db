using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions.Awards;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>A school attaches files to its entry with its access code; staff download them; every bad file is a field error and nothing is written.</summary>
public abstract class AwardsEntryFilesTests(SciMuseumApp app)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2000]];

    private static Task<HttpResponseMessage> AttachAsync(SciMuseumApp app, AwardsTests.Contest c, int number, string? code, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        if (code is not null) form.Add(new StringContent(code), "code");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return app.Anonymous().PostAsync($"/api/v1/public/competitions/entries/{number}/files?{c.Q}", form);
    }

    private Task<int> FilesAsync(AwardsTests.Contest c) =>
        app.InSystemScopeAsync((_, db) => db.ContestEntryFiles.IgnoreQueryFilters().CountAsync(f => c.Entries.Contains(f.EntryId)));

    [Fact]
    public async Task A_school_attaches_a_pdf_to_its_entry_and_staff_download_the_same_bytes()
    {
        var c = await AwardsTests.ScoredContestAsync(app);
        var saved = await (await AttachAsync(app, c, 1, c.Code, Pdf, "作品说明.pdf")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", saved.GetProperty("contentType").GetString());

        var list = await c.Staff.GetJsonAsync($"/api/v1/competitions/entries/{c.Entries[0]}/files");
        var file = Assert.Single(list.EnumerateArray());
        Assert.Equal("作品说明.pdf", file.GetProperty("fileName").GetString());
        var download = await c.Staff.GetAsync($"/api/v1/competitions/entry-files/{file.GetProperty("id").GetGuid()}");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var gate = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.GetAsync($"/api/v1/competitions/entry-files/{file.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Content_not_matching_its_name_a_file_over_the_limit_and_a_zip_bomb_are_field_errors_and_nothing_is_written()
    {
        var c = await AwardsTests.ScoredContestAsync(app);
        var before = await FilesAsync(c);

        var renamed = await (await AttachAsync(app, c, 1, c.Code, Pdf, "作品照片.jpg")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("PDF", Assert.Single(renamed.ErrorsFor("file")));
        var script = await (await AttachAsync(app, c, 1, c.Code, "<script>alert(1)</script>"u8.ToArray(), "作品.pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(script.ErrorsFor("file"));

        var big = new byte[EntryFiles.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        var tooLarge = await (await AttachAsync(app, c, 1, c.Code, big, "作品.pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("上限", Assert.Single(tooLarge.ErrorsFor("file")));

        var bomb = Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[200 * 1024 * 1024]));
        var refused = await (await AttachAsync(app, c, 1, c.Code, bomb, "作品说明.docx")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("压缩炸弹", Assert.Single(refused.ErrorsFor("file")));

        var wrongCode = await (await AttachAsync(app, c, 1, "WRONGCODE1", Pdf, "作品.pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongCode.ErrorsFor("code"));
        var notOurs = await (await AttachAsync(app, c, 99, c.Code, Pdf, "作品.pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(notOurs.ErrorsFor("number"));
        Assert.Equal(before, await FilesAsync(c));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return buffer.ToArray();
    }
}

[Collection("sqlite")]
public sealed class AwardsEntryFilesOnSqlite(SqliteApp app) : AwardsEntryFilesTests(app);

[Collection("postgres")]
public sealed class AwardsEntryFilesOnPostgres(PostgresApp app) : AwardsEntryFilesTests(app);
