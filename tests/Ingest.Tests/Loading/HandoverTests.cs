using Safeguarding.Analytics.Ingest.Loading;

namespace Safeguarding.Analytics.Ingest.Tests.Loading;

/// <summary>The hand-over between a producing thread and its consumer: order, completion, and failure on either side.</summary>
public sealed class HandoverTests
{
    [Fact]
    public void Items_arrive_in_order_over_many_batches_and_the_result_comes_last()
    {
        var completedAfter = -1;
        var seen = new List<int>();

        foreach (var item in Handover.Stream<int, string>(Count(50_000), result => completedAfter = seen.Count))
        {
            seen.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 50_000), seen);
        Assert.Equal(50_000, completedAfter);
        Assert.Equal("made 50000", Handover.Consume<int, string>(Count(50_000), _ => { }));
    }

    [Fact]
    public void A_completion_that_throws_fails_the_enumeration_after_every_item()
    {
        var seen = 0;

        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var unused in Handover.Stream<int, string>(Count(10_000), result => throw new InvalidDataException(result)))
            {
                seen++;
            }
        });

        Assert.Equal("made 10000", failure.Message);
        Assert.Equal(10_000, seen);
    }

    [Fact]
    public void A_failure_while_consuming_stops_the_producer_and_is_the_one_reported()
    {
        var made = 0;
        var failure = Assert.Throws<InvalidOperationException>(() => Handover.Consume<int, string>(
            add =>
            {
                for (var i = 0; i < 10_000_000; i++)
                {
                    made++;
                    add(i);
                }

                return "done";
            },
            item => throw new InvalidOperationException($"check failed at {item}")));

        Assert.Equal("check failed at 0", failure.Message);
        Assert.True(made < 10_000_000, "the producer went on to the end after its consumer failed");
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_producer()
    {
        var made = 0;

        var first = Handover.Stream<int, string>(
            add =>
            {
                for (var i = 0; i < 10_000_000; i++)
                {
                    made++;
                    add(i);
                }

                return "done";
            },
            _ => { }).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);
        Assert.True(made < 10_000_000, "the producer went on to the end after its consumer stopped");
    }

    [Fact]
    public void A_failure_while_producing_is_reported_after_the_items_made_before_it()
    {
        var consumed = new List<int>();

        var failure = Assert.Throws<IOException>(() => Handover.Consume<int, string>(
            add =>
            {
                for (var i = 0; i < 10_000; i++)
                {
                    add(i);
                }

                throw new IOException("the disk went away");
            },
            consumed.Add));

        Assert.Equal("the disk went away", failure.Message);
        Assert.Equal(Enumerable.Range(0, 8192), consumed.Take(8192));
    }

    private static Func<Action<int>, string> Count(int n) => add =>
    {
        for (var i = 0; i < n; i++)
        {
            add(i);
        }

        return $"made {n}";
    };
}
