## "Was this page helpful?" form.

feedback-question = Kas sellest lehest oli abi?
feedback-yes = Jah
feedback-no = Ei
feedback-comment-label = Räägi meile lähemalt (vabatahtlik)
feedback-comment-hint = Ära kirjuta oma nime, telefoninumbrit ega muid isikuandmeid.
feedback-submit = Saada tagasiside
feedback-sending = Saadan…
feedback-thanks = Aitäh tagasiside eest. See aitab meil Askelit paremaks teha.
feedback-error-helpful-missing = Vali jah või ei
feedback-error-comment-too-long = Sinu kommentaar on liiga pikk. Lühenda see 1000 märgini või vähemaks.
