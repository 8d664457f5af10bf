using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Tests.BoardPacks;

public class QuarterSlugTests
{
    [Theory]
    [InlineData("2024-25-Q1", "2024-25 Q1")]
    [InlineData("2025-26-Q4", "2025-26 Q4")]
    [InlineData("2099-00-Q2", "2099-00 Q2")]
    public void A_quarter_in_an_address_reads_as_its_key_and_back(string slug, string key)
    {
        Assert.True(QuarterSlug.TryParse(slug, out var quarter));
        Assert.Equal(key, quarter.Key);
        Assert.Equal(slug, QuarterSlug.Of(quarter));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-25 Q1")]
    [InlineData("2024-25%20Q1")]
    [InlineData("2024-25-q1")]
    [InlineData("2024-25-Q5")]
    [InlineData("2024-25-Q0")]
    [InlineData("2024-26-Q1")]
    [InlineData("2024-25-Q1 ")]
    [InlineData(" 2024-25-Q1")]
    [InlineData("2024-25-Q1\n")]
    [InlineData("2024-25")]
    [InlineData("2024-25-Q01")]
    [InlineData("202４-25-Q1")]
    [InlineData("1999-00-Q1")]
    [InlineData("../2024-25-Q1")]
    public void Anything_but_the_exact_form_is_not_a_quarter(string? slug)
    {
        Assert.False(QuarterSlug.TryParse(slug, out var quarter));
        Assert.Null(quarter);
    }

    [Fact]
    public void A_year_has_no_quarter_address()
    {
        Assert.Throws<ArgumentException>(() => QuarterSlug.Of(Period.FinancialYear(2024)));
    }
}
