namespace Safeguarding.Analytics.Dashboard.BoardPacks;

internal static class BoardPackServiceCollectionExtensions
{
    /// <summary>The pack builder, the freezer and the PDF printer with its queue (configured from <c>BoardPacks</c>).</summary>
    public static IServiceCollection AddBoardPacks(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(BoardPackOptions.Section).Get<BoardPackOptions>() ?? new BoardPackOptions());
        services.AddSingleton(_ => ChromiumSandbox.Probe());
        services.AddSingleton<ChromiumPdfPrinter>();
        services.AddSingleton<BoardPackPdfs>();
        services.AddHostedService<BoardPackPrintingAtStart>();
        services.AddScoped<PackEscalations>();
        services.AddScoped<BoardPackReads>();
        services.AddScoped<BoardPackBuilder>();
        services.AddScoped<BoardPackFreezer>();
        return services;
    }
}
