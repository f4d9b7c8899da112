using EntityExtract.Tools;

// Developer commands. Each returns 0 on success; evaluation commands print their scores.
//   dotnet run -c Release --project tools/EntityExtract.Tools -- <command> [args]
return args.Length == 0 ? Usage() : args[0] switch
{
    "train-ner" => NerTraining.Run(args[1..]),
    "eval-ner" => NerEvaluation.Run(args[1..]),
    "eval-ner-suite" => NerSuite.Run(args[1..]),
    "eval-ner-ablation" => NerAblation.Run(args[1..]),
    "eval-dates" => DateEvaluation.Run(args[1..]),
    "eval-quotes" => QuoteEvaluation.Run(args[1..]),
    "train-pos" => PosTraining.Run(args[1..]),
    "eval-pos" => PosEvaluation.Run(args[1..]),
    "eval-attributions" => AttributionEvaluation.Run(args[1..]),
    "train-attributions" => AttributionTraining.Run(args[1..]),
    "train-calibration" => CalibrationTool.Train(args[1..]),
    "eval-calibration" => CalibrationTool.Evaluate(args[1..]),
    "build-geo-index" => GeoIndexTool.Run(args[1..]),
    "fuzz-news" => NewsFuzz.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: EntityExtract.Tools <command> [args]
          train-ner [--out PATH] [--seed N] [--epochs N] [--row-floor N]
                                                           train the entity model from ../shared/data
          eval-ner [FILE...] [--model PATH]                score entities on CoNLL files (default: conll2003/eng.testa)
          eval-ner-suite [--first-sentence] [--model PATH] [--exact] [--companion PATH [--companion-weight N]] [--set SET] [--errors SET]
                                                           score entities on every development set (issue 13)
          eval-ner-ablation [--rules A,B] [--without A,B] [--set SET]
                                                           the suite with each entity rule removed in turn (issue 13)
          eval-dates [DIR]                                 score dates on TimeML (default: tempeval3/TBAQ-cleaned)
          eval-quotes [DIR]                                score quotes on brat (default: polnear/dev)
          train-pos [--out PATH] [--seed N] [--epochs N] [--dev]  train the part-of-speech model on ud-english-ewt train
          eval-pos [--model PATH] [--errors] [FILE...]     score tags and lemmas (default: ud-english-ewt dev and test)
          eval-attributions [DIR] [--verbose] [--causes] [--model PATH]   score all attributions, direct, mixed and indirect (default: polnear/dev); --causes: why each missed indirect one was missed
          train-attributions [--out PATH] [--epochs N] [--seed N]    train the reported-speech cue model from polnear/train
          train-calibration [--out PATH]                   fit the confidence calibrators on the even half of the dev sets
          eval-calibration [--splits N] [--dump PATH]      ECE, reliability and precision at 0.9 on the odd half; --dump: write every sample (both halves) as TSV
          build-geo-index [SOURCE] [INDEX]                 rebuild Resources/geo.index from Resources/geo.tsv.gz (from the root)
          fuzz-news [--seconds N] [--seed N] [--out DIR]   extract from random cuts of the BBC articles, spliced and mangled; fail on any crash
        The data folder is found by walking up to shared/data, or set ENTITYEXTRACT_DATA.
        """);
    return 2;
}
