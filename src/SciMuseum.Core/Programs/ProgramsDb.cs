using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Programs;

namespace SciMuseum.Core.Persistence;

/// <summary>The programs module's tables: activity plans, sessions, sign-ups, volunteers and staff training.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySession> ActivitySessions => Set<ActivitySession>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<SignUpChild> SignUpChildren => Set<SignUpChild>();
}
