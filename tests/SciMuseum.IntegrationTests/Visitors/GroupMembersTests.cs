using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Identity;
using SciMuseum.Core.Visitors;
using SciMuseum.IntegrationTests.Finance;
using SciMuseum.IntegrationTests.Infrastructure;
using static SciMuseum.IntegrationTests.Visitors.VisitorFixtures;

namespace SciMuseum.IntegrationTests.Visitors;

/// <summary>A group's member list as a file (姓名, 证件类型, 证件号码): all rows saved, or every bad row and column named and nothing saved.</summary>
public abstract class GroupMembersTests(SciMuseumApp app)
{
    private static readonly string[] Header = ["姓名", "证件类型", "证件号码"];

    private async Task<(VisitMuseum M, HttpClient Office, string Id)> PendingGroupAsync()
    {
        var m = await app.OpenMuseumAsync();
        var date = Today.AddDays(5);
        var request = new
        {
            organisation = "南阳市第二小学", leaderName = "孙老师", leaderPhone = "13812345678", date = date.ToString("yyyy-MM-dd"),
            slotId = await app.SlotOnAsync(m, date), pupils = 40, teachers = 2,
        };
        var pending = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/groups?{m.Q}", request)).JsonAsync(HttpStatusCode.Created);
        return (m, await app.NewUserAsync(m.Museum.Id, Roles.Office), pending.GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string id, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"/api/v1/visitors/groups/{id}/members", new MultipartFormDataContent { { content, "file", name } });
    }

    private Task<int> MembersAsync(string id) =>
        app.InSystemScopeAsync((_, db) => db.Set<GroupMember>().CountAsync(x => x.GroupVisitId == Guid.Parse(id)));

    [Fact]
    public async Task A_good_xlsx_saves_every_member_masked_and_a_new_file_replaces_the_list()
    {
        var (_, office, id) = await PendingGroupAsync();
        var teacher = NewId();
        var file = ImportUploads.Xlsx(Header, ["孙老师", "居民身份证", teacher], ["李小明", "身份证", NewId()], ["Tom Smith", "护照", "E12345678"]);
        var saved = await (await UploadAsync(office, id, file, "名单.xlsx")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, saved.GetProperty("membersListed").GetInt32());
        Assert.Equal(3, await MembersAsync(id));
        var listed = await office.GetJsonAsync($"/api/v1/visitors/groups/{id}/members");
        var mine = listed.EnumerateArray().Single(x => x.GetProperty("name").GetString() == "孙老师");
        Assert.Equal(teacher[..4] + "**********" + teacher[^4..], mine.GetProperty("idMasked").GetString());
        Assert.DoesNotContain(teacher, listed.GetRawText());

        var csv = ImportUploads.Csv(Header, bom: true, ["王五", "居民身份证", NewId()]);
        await (await UploadAsync(office, id, csv, "名单.csv")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, await MembersAsync(id));
    }

    [Fact]
    public async Task A_file_with_a_bad_checksum_on_row_3_and_no_name_on_row_5_names_both_and_saves_nobody()
    {
        var (_, office, id) = await PendingGroupAsync();
        await (await UploadAsync(office, id, ImportUploads.Csv(Header, bom: false, ["赵六", "居民身份证", NewId()]), "a.csv")).JsonAsync(HttpStatusCode.OK);
        var bad = NewId();
        bad = bad[..17] + (bad[17] == '0' ? '1' : '0');
        var file = ImportUploads.Xlsx(Header,
            ["张一", "居民身份证", NewId()], ["张二", "居民身份证", bad], ["张三", "居民身份证", NewId()], [null, "居民身份证", NewId()]);
        var problem = await (await UploadAsync(office, id, file, "名单.xlsx")).ProblemAsync(HttpStatusCode.BadRequest, "/problems/import-invalid");
        Assert.True(problem.Cells() is [(3, "证件号码"), (5, "姓名")], problem.GetRawText());
        Assert.Contains("校验位", problem.ErrorsFor("row 3: 证件号码")[0]);
        Assert.Equal(1, await MembersAsync(id));
    }

    [Fact]
    public async Task The_template_is_public_and_approved_requests_keep_their_list()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/public/groups/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var template = await response.Content.ReadAsByteArrayAsync();
        Assert.True(template.AsSpan().StartsWith("PK"u8));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/visit/group/template.xlsx")).StatusCode);

        var (m, office, id) = await PendingGroupAsync();
        // The template's own example rows are a valid list.
        await (await UploadAsync(office, id, template, "template.xlsx")).JsonAsync(HttpStatusCode.OK);
        await (await office.PostAsJsonAsync($"/api/v1/visitors/groups/{id}/approve", new { note = "" })).JsonAsync(HttpStatusCode.OK);
        await (await UploadAsync(office, id, template, "template.xlsx")).ProblemAsync(HttpStatusCode.Conflict, "/problems/already-decided");
        var gate = await app.NewUserAsync(m.Museum.Id, Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(gate, id, template, "template.xlsx")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class GroupMembersOnSqlite(SqliteApp app) : GroupMembersTests(app);

[Collection("postgres")]
public sealed class GroupMembersOnPostgres(PostgresApp app) : GroupMembersTests(app);
