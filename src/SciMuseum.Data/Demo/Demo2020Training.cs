using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Performance;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs.Training;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 staff training the seed report lists (辅导员培训): the exchange meeting with four docents of the 主题教育展览馆
/// on 9 May (the report's date), the 讲解大比武 on 12 May and the training by 郑州科技馆's docents on 14 May for the
/// exhibition department; the study visits of the heads of 展教部, 研发部 and 办公室 to 唐河, 西峡 and 许昌 on 30 June,
/// 14 July and 29 September; and the counseling center's lecture on work stress on 27 August. Attendees are the
/// organisation module's staff on the roll in 2020; hours are the demo's.
/// </summary>
public sealed class TrainingDemoStep : IDemoStep
{
    public string Name => "staff training";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) => db.TrainingSessions.AnyAsync(t => t.MuseumId == museum.Id, ct);

    public async Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var departments = await DemoSteps.DepartmentsAsync(db, museum.Id, ct);
        var roll = await StaffTraining.OnRoll(db, MetricPeriod.Year(2020)).Where(s => s.MuseumId == museum.Id)
            .OrderBy(s => s.Employment).ThenBy(s => s.StartDate).ThenBy(s => s.Name).ToListAsync(ct);
        List<StaffMember> Of(DepartmentKind kind) => [.. roll.Where(s => s.DepartmentId == departments[kind].Id)];
        StaffMember Head(DepartmentKind kind) => Of(kind).First(s => s.Employment == Employment.Establishment && s.RetirementDate == null);

        var exhibition = Of(DepartmentKind.ExhibitionEducation);
        var heads = new[] { Head(DepartmentKind.ExhibitionEducation), Head(DepartmentKind.ExhibitMaintenance), Head(DepartmentKind.Office) };

        void Add(DateOnly date, TrainingKind kind, string topic, string provider, decimal hours, IEnumerable<StaffMember> who) =>
            db.TrainingSessions.Add(new TrainingSession
            {
                MuseumId = museum.Id, Date = date, Kind = kind, Topic = topic, Provider = provider, Hours = hours,
                Attendees = [.. who.Select(s => new TrainingAttendance { MuseumId = museum.Id, StaffMemberId = s.Id })],
            });

        Add(new(2020, 5, 9), TrainingKind.ExchangeMeeting, "优秀讲解员经验交流会", "“不忘初心 牢记使命”主题教育展览馆 杜艳一、李蕴哲等4名优秀讲解员", 3m, exhibition);
        Add(new(2020, 5, 12), TrainingKind.Contest, "科普展品讲解大比武（自评、互评）", "展览教育部", 4m, exhibition);
        Add(new(2020, 5, 14), TrainingKind.ExternalTrainer, "辅导员业务水平提升培训班", "郑州科技馆 鲁文文、朱元勋", 6m, exhibition);
        Add(new(2020, 6, 30), TrainingKind.StudyVisit, "考察学习办公管理与展品管理经验", "唐河科技馆", 8m, heads);
        Add(new(2020, 7, 14), TrainingKind.StudyVisit, "考察学习办公管理与展品管理经验", "西峡科技馆", 8m, heads);
        Add(new(2020, 9, 29), TrainingKind.StudyVisit, "考察学习办公管理与展品管理经验", "许昌科技馆", 8m, heads);
        Add(new(2020, 8, 27), TrainingKind.Lecture, "认识职业压力，做情绪的主人（心理健康教育专题讲座）", "未成年人心理健康辅导中心团体室", 2m,
            Of(DepartmentKind.CounselingCenter));
    }
}
