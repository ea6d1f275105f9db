using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Surveys;

namespace SciMuseum.Core.Persistence;

/// <summary>The surveys module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();
    public DbSet<SurveyDimension> SurveyDimensions => Set<SurveyDimension>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<SurveyTally> SurveyTallies => Set<SurveyTally>();
}
