using Microsoft.Extensions.Configuration;

namespace Safeguarding.Analytics.Ingest.Tests.Configuration;

public class BoardOptionsTests
{
    [Fact]
    public void QA_meeting_dates_bind_from_ISO_dates_and_default_to_none()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Board:QaMeetingDates:0"] = "2026-03-10", ["Board:QaMeetingDates:1"] = "2026-04-14" })
            .Build();

        var options = configuration.GetSection(BoardOptions.Section).Get<BoardOptions>();

        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 14)], options!.QaMeetingDates);
        Assert.Empty(new BoardOptions().QaMeetingDates);
    }
}
