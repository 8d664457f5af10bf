using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Tests.Comparators;

public sealed class PublishedValueTests
{
    [Theory]
    [InlineData("c", ObservationStatus.Suppressed)]
    [InlineData(" X ", ObservationStatus.Suppressed)]
    [InlineData("k", ObservationStatus.Suppressed)]
    [InlineData("LOW", ObservationStatus.Suppressed)]
    [InlineData("-", ObservationStatus.Missing)]
    [InlineData("..", ObservationStatus.Missing)]
    [InlineData("z", ObservationStatus.Missing)]
    [InlineData("u", ObservationStatus.Missing)]
    public void Source_codes_are_no_value_with_the_code_kept_as_reason(string cell, ObservationStatus status)
    {
        Assert.True(PublishedValue.TryParse(cell, out var value));

        Assert.Null(value.Value);
        Assert.Equal(status, value.Status);
        Assert.Equal(cell.Trim().ToLowerInvariant(), value.Reason);
    }

    [Theory]
    [InlineData("20.399999999999999", 20.4)]
    [InlineData("9.3000000000000007", 9.3)]
    [InlineData("3071", 3071)]
    [InlineData("0.5", 0.5)]
    public void Numbers_are_read_invariantly_without_float_noise(string cell, double expected)
    {
        Assert.True(PublishedValue.TryParse(cell, out var value));

        Assert.Equal(expected, value.Value);
        Assert.Equal(ObservationStatus.Final, value.Status);
    }

    [Theory]
    [InlineData("20,4")]
    [InlineData("n/a")]
    [InlineData("NaN")]
    public void Anything_else_is_not_a_published_value(string cell)
    {
        Assert.False(PublishedValue.TryParse(cell, out _));
    }
}
