## "Was this page helpful?" form.

feedback-question = Ця сторінка була корисною?
feedback-yes = Так
feedback-no = Ні
feedback-comment-label = Розкажіть більше (необов'язково)
feedback-comment-hint = Не пишіть своє ім'я, номер телефону чи інші особисті дані.
feedback-submit = Надіслати відгук
feedback-sending = Надсилаємо…
feedback-thanks = Дякуємо за відгук. Він допомагає нам покращувати Askel.
feedback-error-helpful-missing = Виберіть «так» або «ні»
feedback-error-comment-too-long = Ваш коментар занадто довгий. Скоротіть його до 1000 символів або менше.
