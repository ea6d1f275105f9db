using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Programs;
using SciMuseum.Core.Programs.Volunteers;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The exhibition department's volunteers of 2020: students of 南阳理工学院, 河南工院 and 南阳师范学院 and a few from the
/// public (the seed names the universities, not the numbers), on morning and afternoon shifts at weekends while the
/// museum was open (the January weekends before the closure of 24 January, then from 13 June), checked in and out at
/// the desk; two services logged without a shift (the caravan's school trips) and approved, one still awaiting approval.
/// Every figure (person-times, hours) is counted from these rows. Names are made up.
/// </summary>
public sealed class VolunteersDemoStep : IDemoStep
{
    private static readonly (string University, int Count, DateOnly Trained)[] Cohorts =
    [
        ("南阳理工学院", 10, new(2020, 1, 4)),
        ("河南工业职业技术学院（河南工院）", 8, new(2020, 6, 13)),
        ("南阳师范学院", 8, new(2020, 6, 13)),
    ];

    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董";
    private static readonly string[] Given = ["一凡", "子豪", "佳琪", "雨萱", "浩宇", "思琪", "家豪", "梦瑶", "晓东", "嘉欣", "俊杰", "文静", "志强", "欣然", "明轩", "婉婷"];
    private static readonly string[] Tasks = ["展品讲解", "入口引导与秩序维护", "科学表演助教"];
    private static readonly string[] Places = ["一楼 探索与发现", "二楼 科技与生活", "三楼 生命与健康"];

    public string Name => "volunteers and shifts";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) => db.Volunteers.AnyAsync(v => v.MuseumId == museum.Id, ct);

    public Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        var random = new Random(530);
        var volunteers = new List<Volunteer>();
        var n = 0;
        foreach (var (university, count, trained) in Cohorts)
            for (var i = 0; i < count; i++)
                volunteers.Add(NewVolunteer(museum.Id, ++n, VolunteerSource.University, university, trained, random));
        for (var i = 0; i < 4; i++)
            volunteers.Add(NewVolunteer(museum.Id, ++n, VolunteerSource.Public, "", new(2020, 6, 13), random));
        db.Volunteers.AddRange(volunteers);

        foreach (var date in OpenWeekends())
        foreach (var (start, end) in new[] { (new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(14, 0), new TimeOnly(16, 30)) })
        {
            var task = random.Next(Tasks.Length);
            var shift = new VolunteerShift
            {
                MuseumId = museum.Id, Task = Tasks[task], Place = Places[random.Next(Places.Length)], Date = date, Start = start, End = end,
                StartsAt = ActivitySession.InstantOf(date, start), Needed = 4,
            };
            db.VolunteerShifts.Add(shift);
            // Who could serve that day: trained by then; January only the first cohort.
            var pool = volunteers.Where(v => v.TrainedOn <= date).OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList();
            foreach (var v in pool)
            {
                // Arrive up to 12 minutes early, leave within 12 minutes of the end: whole 6-minute steps, so hours are exact tenths.
                var inAt = ActivitySession.InstantOf(date, start).AddMinutes(-6 * random.Next(3));
                var outAt = ActivitySession.InstantOf(date, end).AddMinutes(6 * random.Next(3));
                db.VolunteerServices.Add(new VolunteerService
                {
                    MuseumId = museum.Id, VolunteerId = v.Id, ShiftId = shift.Id, Date = date, Description = $"{shift.Task}（{shift.Place}）",
                    Status = ServiceStatus.Completed, CheckedInAt = inAt, CheckedOutAt = outAt, Minutes = (int)(outAt - inAt).TotalMinutes,
                });
                shift.Taken++;
            }
        }

        // Service outside the shifts: logged by the volunteer, approved (or not yet) by the department.
        (int Volunteer, DateOnly Date, int Minutes, string What, bool Approved)[] logged =
        [
            (0, new(2020, 9, 24), 300, "随科普大篷车进校园（西峡县丹水镇第三中心小学）讲解展品", true),
            (11, new(2020, 10, 15), 270, "随科普大篷车进校园（西峡县丹水镇第六中心小学）讲解展品", true),
            (19, new(2020, 12, 26), 180, "协助“相亲相爱一家人”家长学堂签到", false),
        ];
        foreach (var (i, date, minutes, what, approved) in logged)
            db.VolunteerServices.Add(new VolunteerService
            {
                MuseumId = museum.Id, VolunteerId = volunteers[i].Id, Date = date, Description = what, Minutes = minutes,
                Status = approved ? ServiceStatus.Approved : ServiceStatus.Logged, ReviewedBy = approved ? "展览教育部" : "",
                ReviewNote = approved ? "与大篷车出车记录核对无误" : "",
            });
        return Task.CompletedTask;
    }

    private static Volunteer NewVolunteer(Guid museumId, int n, VolunteerSource source, string university, DateOnly trained, Random random) => new()
    {
        MuseumId = museumId, Name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], Phone = $"1550377{n:D4}",
        Source = source, Organisation = university, Major = source == VolunteerSource.University ? $"{2017 + n % 3}级" : "社会志愿者",
        Availability = source == VolunteerSource.University ? "周末、寒暑假" : "周末", Status = VolunteerStatus.Active,
        AppliedOn = trained.AddDays(-10), JoinedOn = trained, TrainedOn = trained, TrainingTopic = "志愿者岗前培训：展品讲解与观众服务",
    };

    /// <summary>Saturdays and Sundays the museum was open in 2020: before the closure of 24 January and from 13 June.</summary>
    private static IEnumerable<DateOnly> OpenWeekends()
    {
        for (var d = new DateOnly(2020, 1, 4); d <= new DateOnly(2020, 12, 27); d = d.AddDays(1))
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && (d < new DateOnly(2020, 1, 24) || d >= new DateOnly(2020, 6, 13)))
                yield return d;
    }
}
