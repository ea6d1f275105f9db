using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Exhibits;

/// <summary>Photos and manuals of exhibits, before/after photos of work orders and a visitor's fault photo: kept, served back, and refused when not what they claim.</summary>
public abstract class ExhibitFileTests(SciMuseumApp app)
{
    private const string Url = "/api/v1/exhibits";

    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[1200]];
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[3000]];

    private static MultipartFormDataContent Upload(byte[] bytes, string name, string field = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, name } };
    }

    private async Task<(HttpClient Maintenance, Guid ExhibitId)> ExhibitAsync()
    {
        var museum = await app.CreateMuseumAsync();
        var maintenance = await app.NewUserAsync(museum.Id, Roles.ExhibitMaintenance);
        var code = $"F{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var exhibit = await (await maintenance.PostAsJsonAsync(Url, new { code, name = "磁悬浮列车", category = "Caravan" })).JsonAsync(HttpStatusCode.Created);
        return (maintenance, exhibit.GetProperty("id").GetGuid());
    }

    private Task<int> FilesAsync() => app.InSystemScopeAsync((_, db) => db.ExhibitFiles.IgnoreQueryFilters().CountAsync());

    [Fact]
    public async Task A_photo_and_a_manual_are_kept_listed_served_back_and_deleted()
    {
        var (maintenance, id) = await ExhibitAsync();
        var photo = await (await maintenance.PostAsync($"{Url}/{id}/files?kind=Photo", Upload(Png, "正面.png"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        Assert.False(photo.TryGetProperty("content", out _));
        var manual = await (await maintenance.PostAsync($"{Url}/{id}/files?kind=Manual", Upload(Pdf, "说明书.pdf"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Manual", manual.GetProperty("kind").GetString());

        var list = (await maintenance.GetJsonAsync($"{Url}/{id}/files")).EnumerateArray().ToList();
        Assert.Equal(["Manual", "Photo"], list.Select(f => f.GetProperty("kind").GetString()).Order());
        Assert.Equal(Png, await maintenance.GetByteArrayAsync($"{Url}/files/{photo.GetProperty("id").GetGuid()}"));
        Assert.Equal(Pdf, await maintenance.GetByteArrayAsync($"{Url}/files/{manual.GetProperty("id").GetGuid()}"));

        Assert.Equal(HttpStatusCode.NoContent, (await maintenance.DeleteAsync($"{Url}/files/{photo.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Single((await maintenance.GetJsonAsync($"{Url}/{id}/files")).EnumerateArray());

        // Readers may look; only the maintenance department uploads. Another museum sees nothing.
        var gate = await app.NewUserAsync((await app.InSystemScopeAsync((_, db) => db.Exhibits.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.MuseumId).SingleAsync())), Roles.GateStaff);
        Assert.Single((await gate.GetJsonAsync($"{Url}/{id}/files")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsync($"{Url}/{id}/files?kind=Photo", Upload(Png, "x.png"))).StatusCode);
        await (await (await app.AdminAsync()).GetAsync($"{Url}/files/{manual.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_or_is_over_the_limit_is_a_field_error_and_nothing_is_written()
    {
        var (maintenance, id) = await ExhibitAsync();
        var before = await FilesAsync();
        async Task<string[]> RefusedAsync(byte[] bytes, string name, string kind = "Photo") =>
            (await app.RefusedWithoutWritingAsync(() => maintenance.PostAsync($"{Url}/{id}/files?kind={kind}", Upload(bytes, name)), HttpStatusCode.BadRequest)).ErrorsFor("file");

        Assert.NotEmpty(await RefusedAsync([0x4D, 0x5A, .. new byte[500]], "photo.jpg"));            // an executable named .jpg
        Assert.NotEmpty(await RefusedAsync(Pdf, "photo.png"));                                       // a PDF is not a photo
        Assert.NotEmpty(await RefusedAsync(Png, "photo.jpg"));                                       // PNG content, JPG name
        Assert.NotEmpty(await RefusedAsync(Png, "manual.png", "Manual"));                            // a manual must be PDF or DOCX
        Assert.NotEmpty(await RefusedAsync([.. Png, .. new byte[5 * 1024 * 1024]], "big.png"));      // over 5 MB
        Assert.NotEmpty(await RefusedAsync([], "empty.png"));
        await (await maintenance.PostAsync($"{Url}/{id}/files?kind=Manual", Upload([.. Pdf, .. new byte[21 * 1024 * 1024]], "big.pdf")))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var noFile = await (await maintenance.PostAsync($"{Url}/{id}/files", new MultipartFormDataContent { { new StringContent("x"), "other" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noFile.ErrorsFor("file"));
        await (await maintenance.PostAsync($"{Url}/{Guid.NewGuid()}/files", Upload(Png, "x.png"))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await FilesAsync());
    }

    [Fact]
    public async Task A_technicians_before_and_after_photos_stay_with_the_work_order()
    {
        var (maintenance, id) = await ExhibitAsync();
        var order = await (await maintenance.PostAsJsonAsync($"{Url}/work-orders", new { exhibitId = id, description = "屏幕花屏" })).JsonAsync(HttpStatusCode.Created);
        var orderId = order.GetProperty("id").GetGuid();
        foreach (var kind in new[] { "Before", "After" })
            await (await maintenance.PostAsync($"{Url}/work-orders/{orderId}/files?kind={kind}", Upload(Png, $"{kind}.png"))).JsonAsync(HttpStatusCode.Created);
        var files = (await maintenance.GetJsonAsync($"{Url}/{id}/files?workOrder={orderId}")).EnumerateArray().ToList();
        Assert.Equal(["After", "Before"], files.Select(f => f.GetProperty("kind").GetString()).Order());
        Assert.All(files, f => Assert.Equal(order.GetProperty("number").GetString(), f.GetProperty("workOrderNumber").GetString()));

        var before = await FilesAsync();
        var manual = await app.RefusedWithoutWritingAsync(() => maintenance.PostAsync($"{Url}/work-orders/{orderId}/files?kind=Manual", Upload(Pdf, "m.pdf")), HttpStatusCode.BadRequest);
        Assert.NotEmpty(manual.ErrorsFor("kind"));
        await app.RefusedWithoutWritingAsync(() => maintenance.PostAsync($"{Url}/work-orders/{orderId}/files?kind=After", Upload(Pdf, "after.png")), HttpStatusCode.BadRequest);
        await (await maintenance.PostAsync($"{Url}/work-orders/{Guid.NewGuid()}/files?kind=After", Upload(Png, "a.png"))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await FilesAsync());
    }

    [Fact]
    public async Task A_visitors_fault_photo_comes_with_the_work_order_and_a_bad_photo_opens_no_order()
    {
        const string code = "R20-3-02"; // a demo exhibit: the QR pages answer for the public museum
        var anonymous = app.Anonymous();
        MultipartFormDataContent Form(byte[] photo, string name, string description = "转盘卡住了")
        {
            var form = Upload(photo, name, "photo");
            form.Add(new StringContent(description), "description");
            form.Add(new StringContent("13900000000"), "contact");
            return form;
        }
        var receipt = await (await anonymous.PostAsync($"/api/v1/public/exhibits/{code}/faults/with-photo", Form(Png, "fault.png"))).JsonAsync(HttpStatusCode.Created);
        var number = receipt.GetProperty("number").GetString();
        var (source, kind, content) = await app.InSystemScopeAsync(async (_, db) =>
        {
            var o = await db.WorkOrders.IgnoreQueryFilters().SingleAsync(w => w.Number == number && w.Description == "转盘卡住了");
            var f = await db.ExhibitFiles.IgnoreQueryFilters().SingleAsync(x => x.WorkOrderId == o.Id);
            Assert.Equal(o.ExhibitId, f.ExhibitId);
            return (o.Source, f.Kind, f.Content);
        });
        Assert.Equal((WorkOrderSource.FaultReport, ExhibitFileKind.Photo), (source, kind));
        Assert.Equal(Png, content);

        var orderCount = await app.InSystemScopeAsync((_, db) => db.WorkOrders.IgnoreQueryFilters().CountAsync());
        var files = await FilesAsync();
        var bad = await (await anonymous.PostAsync($"/api/v1/public/exhibits/{code}/faults/with-photo", Form(Pdf, "fault.jpg"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("photo"));
        var big = await (await anonymous.PostAsync($"/api/v1/public/exhibits/{code}/faults/with-photo", Form([.. Png, .. new byte[5 * 1024 * 1024 - 1000]], "big.png")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(big.ErrorsFor("photo"));
        var empty = await (await anonymous.PostAsync($"/api/v1/public/exhibits/{code}/faults/with-photo", Form(Png, "x.png", ""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(empty.ErrorsFor("description"));
        await (await anonymous.PostAsync("/api/v1/public/exhibits/NOPE-9/faults/with-photo", Form(Png, "x.png"))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(orderCount, await app.InSystemScopeAsync((_, db) => db.WorkOrders.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(files, await FilesAsync());
    }
}

[Collection("sqlite")]
public sealed class ExhibitFilesOnSqlite(SqliteApp app) : ExhibitFileTests(app);

[Collection("postgres")]
public sealed class ExhibitFilesOnPostgres(PostgresApp app) : ExhibitFileTests(app);
