using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using SciMuseum.Core.Organization;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Data.Demo;

/// <summary>
/// The 2020 visits of the demo museum: the calendar (closed 2020-01-24 to 06-12 for the epidemic, reopening on
/// limited days with a cap of 600 raised step by step to 1,200) and one admission record per visitor, made up
/// (synthetic names, fake IDs with valid check digits) but summing to the report's 93,812 visitors on its 154 open
/// days, no day or slot over its cap. The rules from 2021 on keep the museum open for booking today.
/// </summary>
public static class Demo2020Visitors
{
    public const int Visitors2020 = 93_812;

    private static readonly DayOfWeek[] TueSun = [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
    private static readonly DayOfWeek[] WedSun = [DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
    private static readonly DayOfWeek[] FriSun = [DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly (TimeOnly Start, TimeOnly End, double Share)[] SlotTimes =
        [(new(9, 0), new(11, 30), 0.42), (new(11, 30), new(14, 0), 0.20), (new(14, 0), new(16, 30), 0.38)];

    /// <summary>School groups of 2020 (the report names the July visits of 第二十八小学 and 第二完全学校).</summary>
    private static readonly (DateOnly Date, string Organisation, int Pupils, int Teachers)[] Groups2020 =
    [
        (new(2020, 7, 12), "南阳市第二十八小学", 112, 6), (new(2020, 7, 10), "南阳市第二完全学校", 86, 5),
        (new(2020, 9, 25), "南阳市第十二小学", 135, 7), (new(2020, 10, 23), "南阳市实验学校", 96, 5),
        (new(2020, 11, 13), "南阳市第三十一小学", 128, 7), (new(2020, 12, 4), "南阳市第二十一小学", 74, 4),
    ];

    public static void Build(MuseumDb db, Guid museumId, IDataProtectionProvider protection)
    {
        var settings = new VisitorSettings { MuseumId = museumId, RetentionDays = 3650 };
        db.Add(settings);
        var rules = new List<OpeningRule>
        {
            Rule(museumId, new(2020, 1, 1), TueSun, 1200),
            Rule(museumId, new(2020, 6, 13), FriSun, 600),
            Rule(museumId, new(2020, 7, 15), WedSun, 600),
            Rule(museumId, new(2020, 8, 15), WedSun, 900),
            Rule(museumId, new(2020, 9, 15), WedSun, 1200),
            Rule(museumId, new(2021, 1, 1), TueSun, 1200),
        };
        db.AddRange(rules);
        var exceptions = new List<CalendarException>
        {
            new() { MuseumId = museumId, From = new(2020, 1, 24), To = new(2020, 6, 12), Reason = "新冠肺炎疫情防控，按市疫情防控指挥部要求闭馆" },
            new() { MuseumId = museumId, From = new(2020, 10, 1), To = new(2020, 10, 8), IsOpen = true, Reason = "国庆节、中秋节假期照常开放" },
            new() { MuseumId = museumId, From = new(2020, 11, 25), To = new(2020, 11, 28), Reason = "展厅设备检修、新增展品进场" },
        };
        db.AddRange(exceptions);
        db.AddRange(
            new Notice { MuseumId = museumId, Title = "关于暂停对外开放的公告", PublishFrom = new(2020, 1, 23), PublishUntil = new(2020, 6, 12),
                Body = "为做好新冠肺炎疫情防控工作，按照市疫情防控指挥部要求，我馆自 2020 年 1 月 24 日起暂停对外开放，恢复开放时间另行通知。" },
            new Notice { MuseumId = museumId, Title = "关于恢复开放的公告", PublishFrom = new(2020, 6, 10), PublishUntil = new(2020, 7, 14),
                Body = "我馆自 2020 年 6 月 13 日起恢复开放，每周五至周日开放，实行实名预约、分时段限流参观，每日限 600 人次。" },
            new Notice { MuseumId = museumId, Title = "参观须知", PublishFrom = new(2021, 1, 1), IsPinned = true,
                Body = "开放时间：周二至周日 9:00–16:30（周一闭馆，法定节假日除外）。实行实名预约、分时段参观：09:00–11:30、11:30–14:00、14:00–16:30。请凭二维码或有效证件入馆。" });

        var calendar = new OpeningCalendar(rules, exceptions);
        var secrets = new VisitorSecrets(settings.TicketKey, VisitorSecrets.Protector(protection));
        new Visits(db, museumId, secrets, calendar).Build();
    }

    private static OpeningRule Rule(Guid museumId, DateOnly from, DayOfWeek[] days, int cap) => new()
    {
        MuseumId = museumId, EffectiveFrom = from, OpenWeekdays = OpeningRule.Weekdays(days), DailyCap = cap,
        Slots = [.. SlotTimes.Select(s => new OpeningRuleSlot { Start = s.Start, End = s.End, Capacity = cap / SlotTimes.Length })],
    };

    /// <summary>Spreads the year's visitors over its open days and makes the bookings, tickets and admissions.</summary>
    private sealed class Visits(MuseumDb db, Guid museumId, VisitorSecrets secrets, OpeningCalendar calendar)
    {
        private readonly Random random = new(2020);
        private int person;

        public void Build()
        {
            var days = calendar.Days(new(2020, 1, 1), new(2020, 12, 31)).Where(d => d.IsOpen).ToList();
            var counts = Spread(days);
            foreach (var (day, count) in days.Zip(counts)) BuildDay(day, count);
        }

        private static double Weight(DateOnly d)
        {
            var w = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.7 : 0.75;
            if (d.Month == 10 && d.Day <= 8 || d == new DateOnly(2020, 1, 1)) w = 2.4;
            if (d >= new DateOnly(2020, 7, 11) && d <= new DateOnly(2020, 8, 31)) w *= 1.35;
            return w;
        }

        /// <summary>Visitors per open day: proportional to the day's weight, never over its cap, summing exactly to the year.</summary>
        private static List<int> Spread(List<DayPlan> days)
        {
            var caps = days.Select(d => d.Rule!.Slots.Sum(s => s.Capacity) * 96 / 100).ToList();
            double lo = 0, hi = 10_000;
            for (var i = 0; i < 60; i++)
            {
                var k = (lo + hi) / 2;
                if (days.Select((d, j) => Math.Min(caps[j], (int)(Weight(d.Date) * k))).Sum() < Visitors2020) lo = k; else hi = k;
            }
            var counts = days.Select((d, j) => Math.Min(caps[j], (int)(Weight(d.Date) * lo))).ToList();
            for (var j = 0; counts.Sum() < Visitors2020; j = (j + 1) % days.Count)
                if (counts[j] < caps[j]) counts[j]++;
            return counts;
        }

        private void BuildDay(DayPlan day, int admitted)
        {
            var slots = day.Rule!.Slots.Select(s => new TimeSlot { MuseumId = museumId, Date = day.Date, Start = s.Start, End = s.End, Capacity = s.Capacity }).ToList();
            db.AddRange(slots);
            // Mornings and afternoons are busier; a full slot passes its overflow on, leaving room for no-shows.
            var room = slots.Select(s => s.Capacity * 96 / 100).ToArray();
            var perSlot = SlotTimes.Select((s, i) => Math.Min(room[i], (int)(admitted * s.Share))).ToArray();
            for (var i = 0; perSlot.Sum() < admitted; i = (i + 1) % perSlot.Length)
                if (perSlot[i] < room[i]) perSlot[i]++;
            for (var i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                var left = perSlot[i];
                var group = i == 0 ? Groups2020.FirstOrDefault(g => g.Date == day.Date) : default;
                if (group.Organisation is not null && left >= group.Pupils + group.Teachers)
                {
                    AddGroup(slot, group.Organisation, group.Pupils, group.Teachers);
                    left -= group.Pupils + group.Teachers;
                }
                var walkIns = left / 20;
                AddParty(slot, VisitChannel.WalkIn, walkIns, admitted: true);
                left -= walkIns;
                while (left > 0)
                {
                    var size = Math.Min(left, PartySize());
                    AddParty(slot, VisitChannel.Individual, size, admitted: true);
                    left -= size;
                }
                // About one booking in 30 is not used (爽约), as long as the slot has room for it.
                var noShows = Math.Min(slot.Capacity - slot.Booked, perSlot[i] / 30);
                while (noShows > 0)
                {
                    var size = Math.Min(noShows, PartySize());
                    AddParty(slot, VisitChannel.Individual, size, admitted: false);
                    noShows -= size;
                }
            }
        }

        private int PartySize() => random.Next(10) switch { < 2 => 1, < 5 => 2, < 8 => 3, < 9 => 4, _ => 5 };

        private void AddParty(TimeSlot slot, VisitChannel channel, int size, bool admitted)
        {
            if (size == 0) return;
            var r = NewReservation(slot, channel, Phone());
            for (var i = 0; i < size; i++)
            {
                var (name, id) = (Names.Next(random), FakeId());
                r.Tickets.Add(NewTicket(slot, r, channel, name, IdType.ResidentId, id, admitted));
            }
            slot.Booked += size;
            db.Add(r);
        }

        private void AddGroup(TimeSlot slot, string organisation, int pupils, int teachers)
        {
            var r = NewReservation(slot, VisitChannel.Group, Phone());
            var group = new GroupVisit
            {
                MuseumId = museumId, Code = BookVisit.NewCode(), Organisation = organisation, LeaderName = Names.Next(random), LeaderPhone = r.Phone,
                Date = slot.Date, TimeSlotId = slot.Id, Pupils = pupils, Teachers = teachers, BusInfo = "大巴 2 辆", Status = GroupStatus.Approved,
                DecidedBy = "demo", DecidedAt = DateTime.SpecifyKind(slot.Date.AddDays(-5).ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc), ReservationId = r.Id,
            };
            r.GroupVisitId = group.Id;
            for (var i = 0; i < pupils + teachers; i++)
                r.Tickets.Add(NewTicket(slot, r, VisitChannel.Group, $"{organisation} {i + 1}", IdType.ResidentId, null, admitted: true));
            slot.Booked += pupils + teachers;
            db.Add(group);
            db.Add(r);
        }

        private Reservation NewReservation(TimeSlot slot, VisitChannel channel, string phone) => new()
        {
            MuseumId = museumId, Code = BookVisit.NewCode(), Date = slot.Date, TimeSlotId = slot.Id, Channel = channel, Phone = phone,
        };

        private Ticket NewTicket(TimeSlot slot, Reservation r, VisitChannel channel, string name, IdType type, string? id, bool admitted)
        {
            var at = slot.Date.ToDateTime(slot.Start).AddMinutes(random.Next(0, 100)).AddHours(-8);
            return new Ticket
            {
                MuseumId = museumId, ReservationId = r.Id, Seat = r.Tickets.Count + 1, TimeSlotId = slot.Id, Date = slot.Date, Channel = channel, Name = name, IdType = type,
                IdMasked = id is null ? "" : IdDocuments.Mask(id), IdProtected = id is null ? "" : secrets.Protect(id),
                IdHash = id is null ? "" : secrets.Hash(type, id),
                Status = admitted ? TicketStatus.Admitted : TicketStatus.Valid,
                AdmittedAt = admitted ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, AdmittedBy = admitted ? "gate" : "",
            };
        }

        private string Phone() => "1" + "3578"[random.Next(4)] + random.Next(100_000_000, 999_999_999).ToString();

        /// <summary>A made-up 南阳 resident ID with a valid check digit, different for every visitor of the year.</summary>
        private string FakeId()
        {
            person++;
            var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 23_000));
            var first17 = $"4113{random.Next(0, 30):D2}{birth:yyyyMMdd}{person % 1000:D3}";
            return first17 + IdDocuments.CheckCharacter(first17);
        }
    }

    private static class Names
    {
        private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文";
        private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫鹏宇浩然子涵欣怡梓轩雨泽思彤俊熙一诺";

        public static string Next(Random r) => Surnames[r.Next(Surnames.Length)] + Given[r.Next(Given.Length)] +
            (r.Next(3) == 0 ? "" : Given[r.Next(Given.Length)].ToString());
    }
}

/// <summary>The visitors module's demo step: the 2020 calendar, bookings, tickets and admissions (93,812 on 154 open days).</summary>
public sealed class VisitorsDemoStep(IDataProtectionProvider protection) : IDemoStep
{
    public string Name => "visits";

    public Task<bool> IsLoadedAsync(MuseumDb db, Museum museum, CancellationToken ct) =>
        db.Set<OpeningRule>().AnyAsync(r => r.MuseumId == museum.Id, ct);

    public Task LoadAsync(MuseumDb db, Museum museum, CancellationToken ct)
    {
        // ~94,000 tickets: tracked as added without scanning the whole change tracker on each Add (the initializer clears it after saving).
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Demo2020Visitors.Build(db, museum.Id, protection);
        return Task.CompletedTask;
    }
}
