## "Was this page helpful?" form.

feedback-question = Эта страница была полезной?
feedback-yes = Да
feedback-no = Нет
feedback-comment-label = Расскажите подробнее (по желанию)
feedback-comment-hint = Не пишите своё имя, номер телефона и другие личные данные.
feedback-submit = Отправить отзыв
feedback-sending = Отправляем…
feedback-thanks = Спасибо за отзыв. Он помогает нам сделать Askel лучше.
feedback-error-helpful-missing = Выберите «да» или «нет»
feedback-error-comment-too-long = Ваш комментарий слишком длинный. Сократите его до 1000 знаков.
