using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Counseling;

namespace SciMuseum.Core.Persistence;

/// <summary>The counseling module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<HotlineCall> HotlineCalls => Set<HotlineCall>();
    public DbSet<CenterVisit> CenterVisits => Set<CenterVisit>();
    public DbSet<LectureSeries> LectureSeries => Set<LectureSeries>();
    public DbSet<Lecture> Lectures => Set<Lecture>();
    public DbSet<CounselingCase> CounselingCases => Set<CounselingCase>();
    public DbSet<CaseEntry> CaseEntries => Set<CaseEntry>();
    public DbSet<CaseHandOver> CaseHandOvers => Set<CaseHandOver>();
    public DbSet<ConsultationSlot> ConsultationSlots => Set<ConsultationSlot>();
    public DbSet<ConsultationBooking> ConsultationBookings => Set<ConsultationBooking>();
}
