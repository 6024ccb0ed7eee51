namespace CollectiveAlignment.Sortition.Tests;

public sealed class CsvTests
{
    private const string Categories = "feature,value,min,max,min_flex,max_flex\ngender,female,2,3,1,4\ngender,male,2,3,,\nage,young,1,4,,\nage,old,1,4,,\n";

    [Fact]
    public void ReadCategories_CurrentHeader_GroupsValuesByFeature()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        categories.Count.ShouldBe(2);
        categories[0].Name.ShouldBe("gender");
        categories[0].Values[0].ShouldBe(new CategoryValue("female", 2, 3, 1, 4));
        categories[0].Values[1].MinFlex.ShouldBeNull();
    }

    [Fact]
    public void ReadCategories_OldHeader_Accepted()
    {
        var categories = CategoriesCsv.Read(new StringReader("category,name,min,max\r\nregion,\"North, East\",0,2\r\n"));
        categories[0].Values[0].Name.ShouldBe("North, East");
    }

    [Fact]
    public void ReadCategories_BadNumber_NamesLine()
    {
        var error = Should.Throw<SortitionCsvException>(() => CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,f,1,2\ngender,m,x,2\n")));
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("min 'x' is not an integer");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void ReadCategories_PopulationShareOutsideTheUnitInterval_NamesLine(string share)
    {
        // NaN fails every comparison, so a check written as "below 0 or above 1" let it through (issue 11).
        var error = Should.Throw<SortitionCsvException>(() => CategoriesCsv.Read(new StringReader($"feature,value,min,max,population_share\ngender,f,1,2,0.5\ngender,m,1,2,{share}\n")));
        error.Line.ShouldBe(3);
        error.Message.ShouldContain($"population_share '{share}' is not a number in [0, 1]");
    }

    [Fact]
    public void ReadCategories_MissingColumn_NamesHeader()
    {
        var error = Should.Throw<SortitionCsvException>(() => CategoriesCsv.Read(new StringReader("feature,value,min\ngender,f,1\n")));
        error.Line.ShouldBe(1);
        error.Message.ShouldContain("'max'");
    }

    [Fact]
    public void ReadPeople_UnknownValue_NamesLineAndValue()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        var error = Should.Throw<SortitionCsvException>(() => PeopleCsv.Read(new StringReader("nationbuilder_id,gender,age\n1,female,young\n2,other,old\n"), categories));
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("'other'");
    }

    [Fact]
    public void ReadPeople_DuplicateId_NamesBothLines()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        var error = Should.Throw<SortitionCsvException>(() => PeopleCsv.Read(new StringReader("id,gender,age\n1,female,young\n1,male,old\n"), categories));
        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public void ReadPeople_HouseholdColumns_BuildCaseInsensitiveKey()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        var people = PeopleCsv.Read(new StringReader("id,gender,age,address,postcode\n1,female,young,1 High St,AB1\n2,male,old,1 high st,ab1\n3,male,old,,\n"), categories, householdColumns: ["address", "postcode"]);
        people[0].Household.ShouldBe(people[1].Household);
        people[2].Household.ShouldBeNull();
    }

    [Fact]
    public void ReadPeopleRows_ExtraColumns_KeepsCellsAndLinesMatchingTheHeaderInAnyCase()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));

        var rows = PeopleCsv.ReadRows(new StringReader("id,gender,EMAIL,age\n1,female,a@example.org,young\n\n2,male,,old\n"), categories, extraColumns: ["email", "household"]);

        rows.Select(r => r.Line).ShouldBe([2, 4]);
        rows[0].Extra["email"].ShouldBe("a@example.org");
        rows[1].Extra["Email"].ShouldBe("", "matched case-insensitively");
        rows[0].Extra.ContainsKey("household").ShouldBeFalse("a column the header lacks is absent");
        rows[1].Person.Features.ShouldBe(["male", "old"]);
    }

    [Fact]
    public void WriteThenRead_Categories_RoundTrips()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        var writer = new StringWriter();
        CategoriesCsv.Write(writer, categories);
        var again = CategoriesCsv.Read(new StringReader(writer.ToString()));
        again.SelectMany(c => c.Values).ShouldBe(categories.SelectMany(c => c.Values));
    }

    [Fact]
    public void WriteThenRead_People_RoundTrips()
    {
        var categories = CategoriesCsv.Read(new StringReader(Categories));
        var people = new[] { new Person("a,1", ["female", "old"]), new Person("b", ["male", "young"]) };
        var writer = new StringWriter();
        PeopleCsv.Write(writer, categories, people);
        var again = PeopleCsv.Read(new StringReader(writer.ToString()), categories);
        again.Select(p => p.Id).ShouldBe(["a,1", "b"]);
        again[0].Features.ShouldBe(["female", "old"]);
    }
}
