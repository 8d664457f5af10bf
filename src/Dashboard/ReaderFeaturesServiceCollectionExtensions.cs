namespace Safeguarding.Analytics.Dashboard;

/// <summary>
/// The feature queries over the app store, each taking the reader: the page and the endpoint of a feature resolve the
/// same one, so agency scoping and disclosure control are decided once, inside it.
/// </summary>
internal static class ReaderFeaturesServiceCollectionExtensions
{
    public static IServiceCollection AddReaderFeatures(this IServiceCollection services)
    {
        services.AddScoped<Exceptions.ExceptionEvidenceDisclosure>();
        services.AddScoped<Exceptions.ExceptionRegister>();
        services.AddScoped<Exceptions.ExceptionDetail>();
        services.AddScoped<Submissions.SubmissionProblemDisclosure>();
        services.AddScoped<Submissions.SubmissionRecords>();
        services.AddScoped<Commentary.AgencyCommentaryReads>();
        services.AddScoped<Audit.AuditTrailReads>();
        return services;
    }
}
