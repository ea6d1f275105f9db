using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The Nanyang museum of the seed report as records: from these, SciMuseum computes the report's figures
/// (35 authorised, 35 in post, 8 retired, 19 contract on 2020-12-31). Names are synthetic.
/// </summary>
public static class Demo2020
{
    public const string MuseumCode = "nanyang";

    // (department, post title, establishment count, contract count)
    private static readonly (DepartmentKind Dept, string Title, int Establishment, int Contract)[] Posts =
    [
        (DepartmentKind.ExhibitionEducation, "科技辅导员", 10, 8),
        (DepartmentKind.ExhibitMaintenance, "展品维护工程师", 6, 3),
        (DepartmentKind.PlanningFinance, "会计", 3, 0),
        (DepartmentKind.ScienceActivities, "科技活动专员", 5, 0),
        (DepartmentKind.Office, "综合管理", 5, 2),
        (DepartmentKind.YouthActivityCenter, "课外活动辅导员", 3, 4),
        (DepartmentKind.CounselingCenter, "心理咨询师", 3, 2),
    ];

    private static readonly (DepartmentKind Dept, DateOnly Retired)[] Retirees =
    [
        (DepartmentKind.ExhibitionEducation, new(2013, 3, 1)), (DepartmentKind.ExhibitionEducation, new(2015, 8, 1)),
        (DepartmentKind.ExhibitMaintenance, new(2016, 5, 1)), (DepartmentKind.PlanningFinance, new(2017, 11, 1)),
        (DepartmentKind.Office, new(2018, 2, 1)), (DepartmentKind.ScienceActivities, new(2019, 7, 1)),
        (DepartmentKind.ExhibitMaintenance, new(2020, 4, 1)), (DepartmentKind.Office, new(2020, 10, 1)),
    ];

    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static readonly string[] Given =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平",
         "刚", "桂英", "建华", "文博", "思远", "雨涵", "子轩", "欣怡", "浩然", "梓涵", "宇航", "佳怡", "晨曦", "一鸣", "若溪", "俊杰", "晓彤"];

    /// <summary>The museum and its organisation; each module adds its 2020 records in its own <see cref="IDemoStep"/>.</summary>
    public static Museum Build(MuseumDb db)
    {
        var museum = new Museum
        {
            Code = MuseumCode,
            Name = "南阳市科学技术馆",
            NameEn = "Nanyang Science and Technology Museum",
            Level = "正科级事业单位",
            Province = "河南省",
            City = "南阳市",
            Address = "河南省南阳市卧龙区科技馆路 1 号",
            Phone = "0377-00000000",
            OpeningHours = "周二至周日 9:00–16:30（16:00 停止入馆），周一闭馆（法定节假日除外）",
            Supervisor = "南阳市科学技术协会",
            Introduction = "南阳市科学技术馆是南阳市科学技术协会下属的具有独立法人资格的正科级事业单位，"
                + "加挂南阳市青少年课外活动中心、南阳市未成年人心理健康辅导中心两块牌子，实行一个机构三块牌子。"
                + "业务范围包括科学普及宣传、学术交流、讲座承办、科技信息发布、青少年科技教育等。",
        };
        db.Museums.Add(museum);
        var departments = StandardDepartments.AddTo(db, museum.Id);
        AddHalls(db, museum.Id);
        AddStaff(db, museum.Id, departments);
        return museum;
    }

    private static void AddHalls(MuseumDb db, Guid museumId)
    {
        (int Floor, string Name, string Theme, decimal Area)[] halls =
        [
            (1, "一楼 探索与发现", "声光电磁、力学基础互动展品", 1800m),
            (2, "二楼 科技与生活", "信息技术、人工智能、交通与能源", 2100m),
            (3, "三楼 生命与健康", "生命科学、心理健康、航天与宇宙", 1900m),
        ];
        var order = 0;
        foreach (var (floor, name, theme, area) in halls)
            db.Halls.Add(new Hall { MuseumId = museumId, Floor = floor, Name = name, Theme = theme, AreaSquareMeters = area, SortOrder = ++order });
    }

    private static void AddStaff(MuseumDb db, Guid museumId, Dictionary<DepartmentKind, Department> departments)
    {
        var person = 0;
        string NextName() { var n = person++; return $"{Surnames[n * 7 % Surnames.Length]}{Given[n * 5 % Given.Length]}"; }
        StaffMember Member(DepartmentKind dept, Post? post, Employment employment, DateOnly start) => new()
        {
            MuseumId = museumId,
            Name = NextName(),
            Gender = person % 2 == 0 ? Gender.Male : Gender.Female,
            DepartmentId = departments[dept].Id,
            PostId = post?.Id,
            Employment = employment,
            Education = (Education)(person % 4 + 1),
            ProfessionalTitle = employment == Employment.Establishment ? (person % 3 == 0 ? "中级" : "初级") : "",
            Phone = $"139{person:D8}",
            StartDate = start,
        };

        foreach (var (dept, title, establishment, contract) in Posts)
        {
            var estPost = NewPost(db, museumId, departments[dept], title, PostKind.Establishment, establishment, "宛编〔2016〕24号");
            for (var i = 0; i < establishment; i++)
                db.Staff.Add(Member(dept, estPost, Employment.Establishment, new DateOnly(2008 + i % 12, 1 + i % 12, 1)));
            if (contract == 0) continue;
            var conPost = NewPost(db, museumId, departments[dept], title + "（购买服务）", PostKind.Contract, contract, "南阳市政府购买服务合同");
            for (var i = 0; i < contract; i++)
                db.Staff.Add(Member(dept, conPost, Employment.Contract, new DateOnly(2017 + i % 4, 3, 1)));
        }

        foreach (var (dept, retired) in Retirees)
        {
            var m = Member(dept, null, Employment.Establishment, new DateOnly(retired.Year - 30, 7, 1));
            m.RetirementDate = retired;
            db.Staff.Add(m);
        }

        // Transferred out in 2019: on the books, counted nowhere in 2020.
        var left = Member(DepartmentKind.ScienceActivities, null, Employment.Establishment, new DateOnly(2012, 9, 1));
        left.EndDate = new DateOnly(2019, 6, 30);
        db.Staff.Add(left);
    }

    private static Post NewPost(MuseumDb db, Guid museumId, Department dept, string title, PostKind kind, int count, string document)
    {
        var post = new Post
        {
            MuseumId = museumId, DepartmentId = dept.Id, Title = title, Kind = kind, AuthorizedCount = count,
            ValidFrom = new DateOnly(2016, 6, 1), ApprovalDocument = document,
        };
        db.Posts.Add(post);
        return post;
    }
}
