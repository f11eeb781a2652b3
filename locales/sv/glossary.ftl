# Ord som förklaras: ordlistan och listan under en text.
words-title = Ord som förklaras
words-intro = Ord som du möter när du söker arbete i Finland, förklarade på ett enkelt sätt. När ett av orden finns i ett avsnitt är det en länk till förklaringen.
words-explained = Ord som förklaras
