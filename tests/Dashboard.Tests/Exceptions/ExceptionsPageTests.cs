using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Dashboard.Components.Pages.Exceptions;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

public class ExceptionsPageTests : RegisterTestBed
{
    [Fact]
    public async Task The_register_lists_every_exception_with_labelled_filters_and_links_to_each()
    {
        var (cpp, police) = await RaiseTwoAsync();
        SignIn(Qa);

        var page = Render<ExceptionsPage>();

        page.WaitForAssertion(() => Assert.Equal("2 exceptions match.", page.Find("[data-testid='register-count']").TextContent));
        Assert.Equal([$"/exceptions/{cpp}", $"/exceptions/{police}"], page.FindAll("[data-testid='exception-link']").Select(a => a.GetAttribute("href")));
        Assert.Contains("<b>Plans</b> rose above the upper limit.", page.Find("[data-testid='exception-link']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='register'] b"));
        Assert.NotNull(page.Find("a[href='/indicators/cpp_rate_per_10k']"));
        foreach (var select in page.FindAll(".register-filters select"))
        {
            Assert.NotNull(page.Find($"label[for='{select.Id}']"));
        }
    }

    [Fact]
    public async Task Filters_come_from_the_address_and_choosing_one_puts_it_there()
    {
        var (_, police) = await RaiseTwoAsync();
        SignIn(Qa);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/exceptions?kind=data_quality");

        var page = Render<ExceptionsPage>();
        page.WaitForAssertion(() => Assert.Equal("1 exception matches.", page.Find("[data-testid='register-count']").TextContent));
        Assert.Equal($"/exceptions/{police}", page.Find("[data-testid='exception-link']").GetAttribute("href"));
        Assert.Equal("true", page.Find("#filter-kind option[value='data_quality']").HasAttribute("selected") ? "true" : "false");

        page.Find("#filter-severity").Change("high");
        Assert.Contains("severity=high", navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("kind=data_quality", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_lead_with_nothing_about_or_assigned_to_their_agency_sees_an_empty_register()
    {
        await RaiseTwoAsync();
        SignIn(HealthLead);
        var health = Render<ExceptionsPage>();
        health.WaitForAssertion(() => Assert.Equal("0 exceptions match.", health.Find("[data-testid='register-count']").TextContent));
        Assert.Contains("Health", health.Find("[data-testid='agency-view']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_lead_sees_their_agency_s_data_quality_flag()
    {
        var (_, police) = await RaiseTwoAsync();
        SignIn(PoliceLead);
        var page = Render<ExceptionsPage>();
        page.WaitForAssertion(() => Assert.Equal("1 exception matches.", page.Find("[data-testid='register-count']").TextContent));
        Assert.Equal($"/exceptions/{police}", page.Find("[data-testid='exception-link']").GetAttribute("href"));
    }

    [Fact]
    public async Task Sorting_a_column_asks_the_store_for_that_order()
    {
        var (cpp, police) = await RaiseTwoAsync();
        SignIn(Qa);
        var page = Render<ExceptionsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='exception-link']").Count));

        var severity = () => page.FindAll("th").First(th => th.TextContent.Contains("Severity", StringComparison.Ordinal)).QuerySelector("div")!;
        severity().Click();
        page.WaitForAssertion(() => Assert.Equal($"/exceptions/{cpp}", page.FindAll("[data-testid='exception-link']")[0].GetAttribute("href")));
        severity().Click();

        page.WaitForAssertion(() => Assert.Equal($"/exceptions/{police}", page.FindAll("[data-testid='exception-link']")[0].GetAttribute("href")));
    }
}
