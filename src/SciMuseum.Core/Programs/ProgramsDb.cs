using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Programs;
using SciMuseum.Core.Programs.Training;
using SciMuseum.Core.Programs.Volunteers;

namespace SciMuseum.Core.Persistence;

/// <summary>The programs module's tables: activity plans, sessions, sign-ups, volunteers and staff training.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySession> ActivitySessions => Set<ActivitySession>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<SignUpChild> SignUpChildren => Set<SignUpChild>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<VolunteerShift> VolunteerShifts => Set<VolunteerShift>();
    public DbSet<VolunteerService> VolunteerServices => Set<VolunteerService>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();
}
