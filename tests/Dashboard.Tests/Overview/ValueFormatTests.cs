using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Dashboard.Tests.Overview;

public class ValueFormatTests
{
    [Fact]
    public void Percentages_carry_a_percent_sign_at_the_indicators_decimal_places() =>
        Assert.Equal("20.4%", ValueFormat.Format(TestCatalogue.CpVisits, 20.399999999999999));

    [Fact]
    public void Rates_use_thousands_separators_and_no_sign() =>
        Assert.Equal("3,071.0", ValueFormat.Format(TestCatalogue.CppRate, 3071));

    [Fact]
    public void No_value_is_a_dash_never_zero() =>
        Assert.Equal("–", ValueFormat.Format(TestCatalogue.CppRate, null));
}
