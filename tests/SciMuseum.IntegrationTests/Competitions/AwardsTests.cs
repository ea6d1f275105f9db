using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Competitions;
using SciMuseum.Core.Identity;
using SciMuseum.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SciMuseum.IntegrationTests.Competitions;

/// <summary>
/// Results go public only when staff publish them; the public sees titles, names and schools, never a phone; every
/// awarded entry gets a certificate whose QR code opens a check page; a school downloads its certificates by its code.
/// </summary>
public abstract class AwardsTests(SciMuseumApp app)
{
    internal sealed record Contest(HttpClient Staff, string Q, Guid ContestId, Guid CategoryId, string Code, Guid[] Entries);

    /// <summary>A contest with one category (one prize of each level), three entries from one school, each scored by two judges; signed off unless asked not to.</summary>
    internal static async Task<Contest> ScoredContestAsync(SciMuseumApp app, bool signOff = true)
    {
        var museum = await app.CreateMuseumAsync();
        var staff = await app.NewUserAsync(museum.Id, Roles.ScienceActivities);
        var contest = await (await staff.PostAsJsonAsync("/api/v1/competitions/contests",
            new { year = 2030, name = "第44届青少年科技创新大赛", kind = "Innovation", registrationDeadline = "2099-06-30", judgingDate = "2099-07-20" })).JsonAsync(HttpStatusCode.Created);
        var contestId = contest.GetProperty("id").GetGuid();
        var category = await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/categories", new
        {
            name = "科学幻想画", entryKind = "Individual", maxTeamSize = 1, scoring = "Judges", prizeMode = "Quota", first = 1, second = 1, third = 1,
            criteria = new[] { new { name = "科学性", weight = 100, maxPoints = 10 } },
        })).JsonAsync(HttpStatusCode.Created);
        var categoryId = category.GetProperty("id").GetGuid();
        var unit = await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/units",
            new { name = "南阳市第九小学", kind = "School", contactName = "李老师", contactPhone = "13800000001" })).JsonAsync(HttpStatusCode.Created);
        var code = (await (await staff.PostAsync($"/api/v1/competitions/units/{unit.GetProperty("id").GetGuid()}/access-code", null)).JsonAsync(HttpStatusCode.OK))
            .GetProperty("code").GetString()!;
        var q = $"museum={museum.Code}";
        var entries = new List<Guid>();
        foreach (var (title, name, phone) in new[] { ("月球上的家", "王小明", "13912340001"), ("海底城市", "李小红", "13912340002"), ("会飞的房子", "张小刚", "13912340003") })
            entries.Add((await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/entries?{q}", new
            {
                code, categoryId, title, advisor = "赵老师", entrants = new[] { new { name, grade = "五年级", guardianPhone = phone } },
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        // Two judges score every entry through judging's own API, and staff sign the category off (publishing requires it).
        var criterion = await app.InSystemScopeAsync((_, db) => db.ContestCriteria.IgnoreQueryFilters().Where(c => c.CategoryId == categoryId).Select(c => c.Id).SingleAsync());
        var judges = new List<(string Code, decimal Offset)>();
        foreach (var (judgeName, phone, offset) in new[] { ("周评委", "13900000011", 0m), ("吴评委", "13900000012", 0.5m) })
        {
            var judgeId = (await (await staff.PostAsJsonAsync($"/api/v1/competitions/contests/{contestId}/judges", new { name = judgeName, phone }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var judgeCode = (await (await staff.PostAsync($"/api/v1/competitions/judges/{judgeId}/access-code", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("code").GetString()!;
            await (await staff.PostAsJsonAsync($"/api/v1/competitions/categories/{categoryId}/judges", new { judgeId })).JsonAsync(HttpStatusCode.OK);
            judges.Add((judgeCode, offset));
        }
        await (await staff.PutAsJsonAsync($"/api/v1/competitions/categories/{categoryId}/phase", new { phase = "Review" })).JsonAsync(HttpStatusCode.OK);
        foreach (var (judgeCode, offset) in judges)
            for (var i = 0; i < entries.Count; i++)
                await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/scores?{q}", new
                {
                    code = judgeCode, entryId = entries[i], points = new[] { new { criterionId = criterion, points = 9 - 2 * i - offset } },
                })).JsonAsync(HttpStatusCode.OK);
        if (signOff)
            await (await staff.PostAsync($"/api/v1/competitions/categories/{categoryId}/sign-off", null)).JsonAsync(HttpStatusCode.OK);
        return new Contest(staff, q, contestId, categoryId, code, [.. entries]);
    }

    private async Task<(System.Text.Json.JsonElement Root, string Raw)> PublicAsync(Contest c)
    {
        var root = await (await app.Anonymous().GetAsync($"/api/v1/public/competitions/results?year=2030&{c.Q}")).JsonAsync(HttpStatusCode.OK);
        return (root, root.GetRawText());
    }

    [Fact]
    public async Task Unpublished_results_are_not_public_and_published_ones_show_titles_names_and_schools_but_no_phone()
    {
        var c = await ScoredContestAsync(app);
        Assert.Empty((await PublicAsync(c)).Root.GetProperty("contests").EnumerateArray());
        Assert.Equal(0, await CertificatesAsync(c.ContestId));

        var published = await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish?category={c.CategoryId}", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, published.GetProperty("categories").GetInt32());
        Assert.Equal(3, published.GetProperty("certificatesIssued").GetInt32());

        var (root, raw) = await PublicAsync(c);
        var category = Assert.Single(Assert.Single(root.GetProperty("contests").EnumerateArray()).GetProperty("categories").EnumerateArray());
        var levels = category.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["一等奖", "二等奖", "三等奖"], levels.Select(l => l.GetProperty("title").GetString()));
        var first = Assert.Single(levels[0].GetProperty("entries").EnumerateArray());
        Assert.Equal("月球上的家", first.GetProperty("title").GetString());
        Assert.Equal("王小明", first.GetProperty("entrants")[0].GetString());
        Assert.Equal("南阳市第九小学", first.GetProperty("school").GetString());
        Assert.DoesNotContain("1391234", raw);
        Assert.DoesNotContain("13800000001", raw);
        Assert.DoesNotContain("五年级", raw);
        Assert.DoesNotContain("李老师", raw);

        // Publishing again issues no second certificate.
        var again = await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("certificatesIssued").GetInt32());
        Assert.Equal(3, await CertificatesAsync(c.ContestId));
    }

    [Fact]
    public async Task Results_whose_judging_is_not_signed_off_are_refused_with_nothing_written()
    {
        var c = await ScoredContestAsync(app, signOff: false);
        foreach (var url in new[] { $"/api/v1/competitions/contests/{c.ContestId}/publish?category={c.CategoryId}", $"/api/v1/competitions/contests/{c.ContestId}/publish" })
        {
            var problem = await (await c.Staff.PostAsync(url, null)).ProblemAsync(HttpStatusCode.BadRequest);
            var error = Assert.Single(problem.ErrorsFor("category"));
            Assert.Contains("科学幻想画", error);
            Assert.Contains("尚未签发", error);
        }
        Assert.Equal(0, await CertificatesAsync(c.ContestId));
        Assert.False(await app.InSystemScopeAsync((_, db) => db.ContestCategories.IgnoreQueryFilters().AnyAsync(x => x.Id == c.CategoryId && x.ResultsPublishedAt != null)));
        Assert.Empty((await PublicAsync(c)).Root.GetProperty("contests").EnumerateArray());

        await (await c.Staff.PostAsync($"/api/v1/competitions/categories/{c.CategoryId}/sign-off", null)).JsonAsync(HttpStatusCode.OK);
        var published = await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, published.GetProperty("certificatesIssued").GetInt32());
    }

    [Fact]
    public async Task A_certificate_pdf_states_name_work_prize_and_contest_and_its_code_verifies_until_the_results_are_withdrawn()
    {
        var c = await ScoredContestAsync(app);
        await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null)).JsonAsync(HttpStatusCode.OK);

        var one = await c.Staff.GetAsync($"/api/v1/competitions/entries/{c.Entries[1]}/certificate.pdf");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("application/pdf", one.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await one.Content.ReadAsByteArrayAsync()))
        {
            var page = Assert.Single(pdf.GetPages());
            Assert.True(page.Width > page.Height); // A4 landscape
            var text = string.Concat(page.Letters.Select(l => l.Value));
            foreach (var expected in new[] { "获奖证书", "李小红", "南阳市第九小学", "海底城市", "二等奖", "第44届青少年科技创新大赛", "科学幻想画", "2099年7月20日", "证书编号" })
                Assert.Contains(expected, text.Replace(" ", ""));
            Assert.DoesNotContain("王小明", text);
            Assert.DoesNotContain("1391234", text);
        }

        var all = await c.Staff.GetAsync($"/api/v1/competitions/contests/{c.ContestId}/certificates.pdf?category={c.CategoryId}");
        using (var pdf = PdfDocument.Open(await all.Content.ReadAsByteArrayAsync()))
            Assert.Equal(3, pdf.NumberOfPages);

        var code = await app.InSystemScopeAsync((_, db) => db.ContestCertificates.IgnoreQueryFilters().Where(x => x.EntryId == c.Entries[1]).Select(x => x.Code).SingleAsync());
        var check = await app.Anonymous().GetJsonAsync($"/api/v1/public/competitions/certificates/{code.ToLowerInvariant()}?{c.Q}");
        Assert.True(check.GetProperty("valid").GetBoolean());
        Assert.Equal("李小红", check.GetProperty("facts").GetProperty("names").GetString());
        Assert.Equal("二等奖", check.GetProperty("facts").GetProperty("prize").GetString());
        Assert.DoesNotContain("1391234", check.GetRawText());
        var page2 = await app.Anonymous().GetStringAsync($"/c/{code}?{c.Q}");
        Assert.Contains("海底城市", System.Net.WebUtility.HtmlDecode(page2));

        await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/withdraw", null)).JsonAsync(HttpStatusCode.OK);
        var withdrawn = await app.Anonymous().GetJsonAsync($"/api/v1/public/competitions/certificates/{code}?{c.Q}");
        Assert.False(withdrawn.GetProperty("valid").GetBoolean());
        Assert.Empty((await PublicAsync(c)).Root.GetProperty("contests").EnumerateArray());
        var unknown = await app.Anonymous().GetJsonAsync($"/api/v1/public/competitions/certificates/NOSUCHCODE?{c.Q}");
        Assert.False(unknown.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_school_downloads_its_certificates_as_a_zip_with_its_code_and_a_wrong_code_gets_nothing()
    {
        var c = await ScoredContestAsync(app);
        var before = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/certificates?{c.Q}", new { code = c.Code });
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode); // nothing published yet
        await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null)).JsonAsync(HttpStatusCode.OK);

        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/certificates?{c.Q}", new { code = c.Code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(3, zip.Entries.Count);
        Assert.All(zip.Entries, e => Assert.EndsWith(".pdf", e.Name));
        Assert.Contains(zip.Entries, e => e.Name.Contains("王小明"));

        var wrong = await (await app.Anonymous().PostAsJsonAsync($"/api/v1/public/competitions/certificates?{c.Q}", new { code = "WRONGCODE1" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrong.ErrorsFor("code"));
        var forged = await app.Anonymous().GetAsync($"/api/v1/public/competitions/certificates/school/{Guid.NewGuid()}?t=forged&{c.Q}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        // Staff have the same ZIP per school.
        var units = await c.Staff.GetJsonAsync($"/api/v1/competitions/contests/{c.ContestId}/units");
        var staffZip = await c.Staff.GetAsync($"/api/v1/competitions/contests/{c.ContestId}/certificates.zip?unit={units[0].GetProperty("id").GetGuid()}");
        Assert.Equal("application/zip", staffZip.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_contest_staff_publish_and_another_museums_contest_is_not_found()
    {
        var c = await ScoredContestAsync(app);
        var gate = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.GateStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gate.GetAsync($"/api/v1/competitions/contests/{c.ContestId}/certificates.pdf")).StatusCode);
        var other = await app.NewUserAsync(await app.DemoMuseumIdAsync(), Roles.ScienceActivities);
        await app.RefusedWithoutWritingAsync(() => other.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish", null), HttpStatusCode.NotFound);
        await (await c.Staff.PostAsync($"/api/v1/competitions/contests/{c.ContestId}/publish?category={Guid.NewGuid()}", null)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await CertificatesAsync(c.ContestId));
        Assert.Empty((await PublicAsync(c)).Root.GetProperty("contests").EnumerateArray());
    }

    [Fact]
    public async Task The_2020_demo_results_are_published_with_the_seeds_prize_counts()
    {
        var results = await app.Anonymous().GetJsonAsync("/api/v1/public/competitions/results?year=2020");
        var contests = results.GetProperty("contests").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!,
            c => c.GetProperty("categories").EnumerateArray().Sum(k => k.GetProperty("levels").EnumerateArray().Sum(l => l.GetProperty("entries").GetArrayLength())));
        Assert.Equal(985, contests.Single(c => c.Key.Contains("科技创新大赛")).Value);
        Assert.Equal(344, contests.Single(c => c.Key.Contains("机器人竞赛")).Value);
        var demo = await app.DemoMuseumIdAsync();
        Assert.Equal(985 + 344, await app.InSystemScopeAsync((_, db) => db.ContestCertificates.IgnoreQueryFilters().CountAsync(x => x.MuseumId == demo)));
    }

    private Task<int> CertificatesAsync(Guid contestId) =>
        app.InSystemScopeAsync((_, db) => db.ContestCertificates.IgnoreQueryFilters().CountAsync(x => x.ContestId == contestId));
}

[Collection("sqlite")]
public sealed class AwardsOnSqlite(SqliteApp app) : AwardsTests(app);

[Collection("postgres")]
public sealed class AwardsOnPostgres(PostgresApp app) : AwardsTests(app);
